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

    try await configureDatabase(app, config.database, poolSize: config.databasePoolSize)
    app.migrations.add(Migrations.all)
    app.startAuditWriter()

    app.views.use(.leaf)
    app.leaf.cache.isEnabled = app.environment.isRelease

    // The default error middleware is replaced by ours; order: headers outermost (so error pages carry them too),
    // then errors, files, sessions.
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    try routes(app)
    Commands.register(in: app)
}

private func configureDatabase(_ app: Application, _ database: AppConfig.Database, poolSize: Int) async throws {
    switch database {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
        try await SQLitePragmas.apply(app)
    case .sqlite(let path):
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: app.directory.workingDirectory))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(url.path), connectionPoolTimeout: .seconds(30)), as: .sqlite)
        try await SQLitePragmas.apply(app)
    case .postgres(let url, let schema):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = schema.map { [$0] }
        // The node's connections shared out among its event loops (16 on two cores by default): a request waits for
        // a connection only when that many are busy, and then up to 30 seconds before it is told the server is busy.
        let loops = Array(app.eventLoopGroup.makeIterator()).count
        app.databases.use(
            .postgres(
                configuration: configuration, maxConnectionsPerEventLoop: max(1, poolSize / max(1, loops)),
                connectionPoolTimeout: .seconds(30)), as: .psql)
    }
}
