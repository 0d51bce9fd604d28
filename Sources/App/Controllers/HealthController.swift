import Fluent
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// The load balancer's checks: no sign-in, no personal data. `live` says the process answers; `ready` that the
/// database answers within two seconds and its schema is this build's.
struct HealthController: RouteCollection {
    static let databaseBound: Duration = .seconds(2)

    func boot(routes: any RoutesBuilder) throws {
        let health = routes.grouped("health")
        health.get("live", use: live)
        health.get("ready", use: ready)
    }

    struct Live: Content { var status = "live" }

    struct Ready: Content {
        var status: String
        var database: String
        var migrations: Migrations?

        struct Migrations: Content {
            var applied: Int
            var known: Int
            var pending: [String]
            var unknown: [String]
        }
    }

    func live(req: Request) throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(Live(), using: JSONEncoder.sortedKeys)
        return response
    }

    func ready(req: Request) async throws -> Response {
        let body: Ready
        do {
            let version = try await Self.withinBound { try await SchemaVersion.read(on: req.db) }
            body = Ready(
                status: version.isCurrent ? "ready" : "not_ready", database: "ok",
                migrations: .init(
                    applied: version.applied.count, known: version.known.count, pending: version.pending,
                    unknown: version.unknown))
        } catch {
            req.logger.warning("Проверка готовности: база данных не ответила: \(String(reflecting: type(of: error)))")
            body = Ready(status: "not_ready", database: "unavailable")
        }
        let response = Response(status: body.status == "ready" ? .ok : .serviceUnavailable)
        try response.content.encode(body, using: JSONEncoder.sortedKeys)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    private struct TimedOut: Error {}

    /// The work's result, or `TimedOut` after the bound even when the work does not notice cancellation (a wait
    /// for a pooled connection does not): the answer never waits longer than the bound.
    private static func withinBound<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let outcome = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)
        return try await withCheckedThrowingContinuation { continuation in
            outcome.withLockedValue { $0 = continuation }
            let finish: @Sendable (Result<T, any Error>) -> Void = { result in
                outcome.withLockedValue { waiting in
                    waiting?.resume(with: result)
                    waiting = nil
                }
            }
            let task = Task {
                do { finish(.success(try await work())) } catch { finish(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: databaseBound)
                task.cancel()
                finish(.failure(TimedOut()))
            }
        }
    }
}
