import Vapor

/// Holds a request's answer until the audit rows of its reads are committed (see `AuditReceipts`); a row that
/// cannot be written turns the answer into an error, so no personal data leaves unaudited.
struct AuditReceiptsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let receipts = AuditReceipts()
        request.auditReceipts = receipts
        let response = try await next.respond(to: request)
        try await receipts.settle()
        return response
    }
}

extension Request {
    private struct AuditReceiptsKey: StorageKey { typealias Value = AuditReceipts }

    /// The audit rows this request's reads handed to the writer.
    var auditReceipts: AuditReceipts? {
        get { storage[AuditReceiptsKey.self] }
        set { storage[AuditReceiptsKey.self] = newValue }
    }
}
