import Fluent
import FluentKit
import NIOCore
import Persistence
import SQLKit
import Vapor

extension Application {
    /// Applies the pending migrations. On PostgreSQL, nodes started together take turns under an advisory lock
    /// held on a connection of its own: the second finds the schema current and does nothing.
    func migrateExclusively() async throws {
        guard let sql = db as? any SQLDatabase, !sql.isSQLite else { return try await autoMigrate() }
        try await db.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                let locked = connection as! any SQLDatabase
                try await locked.raw("SELECT pg_advisory_lock(\(literal: Self.migrationLock))").run()
                do {
                    try await self.autoMigrate()
                } catch {
                    try? await locked.raw("SELECT pg_advisory_unlock(\(literal: Self.migrationLock))").run()
                    throw error
                }
                try await locked.raw("SELECT pg_advisory_unlock(\(literal: Self.migrationLock))").run()
            }
        }.get()
    }

    /// The advisory lock's key: any number the app does not use for something else.
    private static let migrationLock = 7_345_001
}
