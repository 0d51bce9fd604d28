import Fluent
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Leaf
import Vapor

/// Sets up the app for a configuration value: database, migrations, views, middleware, routes, commands.
public func configure(_ app: Application, _ config: AppConfig, passwordCost: Int = 12) async throws {
    app.config = config
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "1mb"
    app.passwords.use(.bcrypt(cost: passwordCost))

    try configureDatabase(app, config.database)
    app.migrations.add(Migrations.all)

    app.views.use(.leaf)
    app.leaf.cache.isEnabled = app.environment.isRelease

    // The default error middleware is replaced by ours; order: errors outermost, then headers, files, sessions.
    app.middleware = Middlewares()
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    try routes(app)
    Commands.register(in: app)
}

private func configureDatabase(_ app: Application, _ database: AppConfig.Database) throws {
    switch database {
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .sqlite(let path):
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: app.directory.workingDirectory))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(url.path), connectionPoolTimeout: .seconds(30)), as: .sqlite)
        app.lifecycle.use(SQLitePragmas())
    case .postgres(let url, let schema):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = schema.map { [$0] }
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
}
