import Fluent
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Leaf
import Persistence
import Vapor

/// Sets up the app for a configuration value: database, migrations, views, middleware, routes, commands.
public func configure(_ app: Application, _ config: AppConfig, passwordCost: Int = 12) async throws {
    app.config = config
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "1mb"
    NULFreeInput.install()
    ContentConfiguration.global.use(encoder: ResponseJSONEncoder(), for: .json)
    SafeMultipart.install()
    app.passwords.use(.bcrypt(cost: passwordCost))
    try PasswordHashing.prepareDecoy(for: app)

    app.metrics = AppMetrics()
    try await configureDatabase(app, config)
    app.migrations.add(Migrations.all)
    app.startAuditWriter()

    app.useLeafViews()

    // The default error middleware is replaced by ours; order: the count of requests in flight outermost, the
    // request log (it sees every answer), then headers (so error pages carry them too), errors, the wait for audit
    // rows, files, sessions.
    app.middleware = Middlewares()
    app.middleware.use(RequestsInFlightMiddleware(requests: app.requestsInFlight))
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(AuditReceiptsMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    try routes(app)
    Commands.register(in: app)
    app.stopsAfterRequestsInFlight()
}

/// The app's database; a PostgreSQL request waits up to 30 seconds for a free connection before it is told the
/// server is busy.
private func configureDatabase(_ app: Application, _ config: AppConfig) async throws {
    try app.use(
        config.database, as: nil, connectionsPerLoop: app.databaseConnectionsPerLoop,
        preparedStatements: config.preparedStatements)
    if case .postgres = config.database { return }
    try await SQLitePragmas.apply(app)
}
