import Fluent
import MentoringCore
import Persistence
import Vapor

/// `GET /metrics` for the operator's Prometheus. Off unless `METRICS_TOKEN` is set; then only a request with that
/// bearer token gets the figures, which hold no personal data but are not for the public either.
struct MetricsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("metrics", use: metrics)
    }

    func metrics(req: Request) async throws -> Response {
        guard let token = req.application.config.metricsToken else { throw Abort(.notFound) }
        let given = req.headers.bearerAuthorization?.token ?? ""
        guard Secrets.sha256(given) == Secrets.sha256(token) else {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"])
        }
        let outbox = try await OutboxRepository(db: req.db).counts()
        let snapshot = AppMetrics.Snapshot(
            outbox: Dictionary(uniqueKeysWithValues: outbox.map { ($0.key.rawValue, $0.value) }),
            connections: try await req.db.sql.connectionStates(applicationName: req.application.databaseClientName),
            poolSize: req.application.databasePoolSize)
        let response = Response(status: .ok, body: .init(string: req.application.metrics.text(with: snapshot)))
        response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
