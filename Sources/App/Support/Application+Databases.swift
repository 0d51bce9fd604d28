import Fluent
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Persistence
import Vapor

extension Application {
    /// Registers a database: the app's own under the driver's default id (`id` nil), or another one a command
    /// works with (a backup file, the other side of a move) under an id of its own. The app's own PostgreSQL runs
    /// its statements by name when `preparedStatements` is on.
    func use(
        _ database: AppConfig.Database, as id: DatabaseID?, connectionsPerLoop: Int = 2,
        preparedStatements: Bool = false
    ) throws {
        switch database {
        case .sqliteMemory:
            databases.use(.sqlite(.memory), as: id ?? .sqlite)
        case .sqlite(let path):
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory.workingDirectory))
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let file = DatabaseConfigurationFactory.sqlite(.file(url.path), connectionPoolTimeout: .seconds(30))
            // The app's own file answers its reads inline; another one (a backup, a move's other side) keeps the
            // driver's plain connections.
            if let id {
                databases.use(file, as: id)
            } else {
                databases.use(WrappedConfiguration.sqliteFile(driver: file.make(), path: url.path), as: .sqlite)
            }
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = schema.map { [$0] }
            configuration.coreConfiguration.options.additionalStartupParameters = [
                ("application_name", databaseClientName)
            ]
            let driver = DatabaseConfigurationFactory.postgres(
                configuration: configuration, maxConnectionsPerEventLoop: connectionsPerLoop,
                connectionPoolTimeout: .seconds(30)
            ).make()
            if id == nil, preparedStatements {
                databases.use(WrappedConfiguration.preparedPostgres(driver: driver), as: .psql)
            } else {
                databases.use(driver, as: id ?? .psql)
            }
        }
    }

    /// Another database by its address (`sqlite://path` or `postgres://…`), registered under a fresh id.
    func database(at address: String) throws -> any Database {
        try database(AppConfig.from(environment: ["DATABASE_URL": address]).database)
    }

    /// Another database, registered under a fresh id.
    func database(_ config: AppConfig.Database) throws -> any Database {
        let id = DatabaseID(string: "other-\(UUID().uuidString)")
        try use(config, as: id)
        return databases.database(id, logger: logger, on: eventLoopGroup.any())!
    }

    /// Applies the pending migrations to that database alone (the app's own is left as it is).
    func migrate(_ db: any Database) async throws {
        let only = FluentKit.Migrations()
        only.add(Persistence.Migrations.all)
        let migrator = Migrator(databaseFactory: { _ in db }, migrations: only, on: db.eventLoop)
        try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
    }
}
