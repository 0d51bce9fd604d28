import NIOConcurrencyHelpers

/// The audit rows of one request's reads on their way to the `AuditWriter`.
///
/// A read hands its row over and goes on with its next statement; the request's answer waits for all its rows at
/// once (`AuditReceiptsMiddleware`), so a page that records three reads waits for one commit, not three in turn,
/// and still nothing is answered before its rows are committed.
final class AuditReceipts: Sendable {
    private let pending = NIOLockedValueBox<[Task<Void, any Error>]>([])

    func add(_ delivery: Task<Void, any Error>) {
        pending.withLockedValue { $0.append(delivery) }
    }

    /// Waits until every row handed in so far is committed; throws the first failure.
    func settle() async throws {
        while let next = pending.withLockedValue({ $0.isEmpty ? nil : $0.removeFirst() }) {
            try await next.value
        }
    }
}
