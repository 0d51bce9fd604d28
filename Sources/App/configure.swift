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
    app.passwords.use(.bcrypt(cost: passwordCost))
    try PasswordHashing.prepareDecoy(for: app)

    _ = app.metrics
    try await configureDatabase(app, config.database, poolSize: config.databasePoolSize)
    app.migrations.add(Migrations.all)
    app.startAuditWriter()

    app.views.use(.leaf)
    // Templates are parsed once in a release build, whatever `--env` says (a plain `serve` is "development", and
    // without the cache every page read and lexed its templates from disk); a debug build reloads them as edited.
    app.leaf.cache.isEnabled = app.environment.isRelease || !isDebugBuild

    // The default error middleware is replaced by ours; order: the request log outermost (it sees every answer),
    // then headers (so error pages carry them too), errors, files, sessions.
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    try routes(app)
    Commands.register(in: app)
}

private func configureDatabase(_ app: Application, _ database: AppConfig.Database, poolSize: Int) async throws {
    let loops = Array(app.eventLoopGroup.makeIterator()).count
    // PostgreSQL: the node's connections shared out among its event loops (16 on two cores by default): a request
    // waits for a connection only when that many are busy, and then up to 30 seconds before it is told the server is
    // busy. Two per loop at least: starting, a node holds one for the migration lock while the migrations use others.
    let perLoop = max(2, poolSize / max(1, loops))
    if case .postgres = database {
        app.databasePoolSize = perLoop * loops
    } else {
        app.databasePoolSize = loops
    }
    try app.use(database, as: nil, connectionsPerLoop: perLoop)
    if case .postgres = database { return }
    try await SQLitePragmas.apply(app)
}

#if DEBUG
    private let isDebugBuild = true
#else
    private let isDebugBuild = false
#endif
