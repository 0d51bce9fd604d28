import NIOConcurrencyHelpers
import Vapor

/// The requests the app is still answering. When the app stops, it waits for them before it shuts its databases,
/// so a request that was accepted is answered and audited rather than cut off.
final class RequestsInFlight: Sendable {
    private let count = NIOLockedValueBox(0)
    private let limitBox: NIOLockedValueBox<Duration>

    /// How long a stop waits for the requests still running.
    var limit: Duration {
        get { limitBox.withLockedValue { $0 } }
        set { limitBox.withLockedValue { $0 = newValue } }
    }

    init(limit: Duration = .seconds(10)) { limitBox = NIOLockedValueBox(limit) }

    var current: Int { count.withLockedValue { $0 } }

    /// Counts a request while `body` answers it.
    func counting<T>(_ body: () async throws -> T) async rethrows -> T {
        count.withLockedValue { $0 += 1 }
        defer { count.withLockedValue { $0 -= 1 } }
        return try await body()
    }

    /// Waits until no request is running or the limit has passed; tells whether all were finished.
    func drained() async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while current > 0 {
            if clock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return true
    }
}

/// Counts every request; the outermost middleware.
struct RequestsInFlightMiddleware: AsyncMiddleware {
    let requests: RequestsInFlight

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await requests.counting { try await next.respond(to: request) }
    }
}

extension Application {
    private struct RequestsInFlightKey: StorageKey { typealias Value = RequestsInFlight }

    /// The requests still being answered.
    var requestsInFlight: RequestsInFlight {
        if let existing = storage[RequestsInFlightKey.self] { return existing }
        let requests = RequestsInFlight()
        storage[RequestsInFlightKey.self] = requests
        return requests
    }

    /// Stops the app in order: the server takes no more requests, the ones still running finish (within the
    /// limit), and only then do the audit writer's flush and the storage (the databases) shut down. Lifecycle
    /// handlers stop in reverse order, so this one is registered after the audit writer's.
    func stopsAfterRequestsInFlight() {
        lifecycle.use(FinishRequestsInFlight(requests: requestsInFlight))
    }

    private struct FinishRequestsInFlight: LifecycleHandler {
        let requests: RequestsInFlight

        func shutdownAsync(_ application: Application) async {
            await application.server.shutdown()
            if await !requests.drained() {
                application.logger.warning(
                    "the app stopped with requests still running", metadata: ["requests": "\(requests.current)"])
            }
        }
    }
}
