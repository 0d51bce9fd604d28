import Fluent
import FluentKit
import NIOCore
import Persistence
import SQLKit
import Vapor

extension Application {
    /// Runs a node's start-up work (migrations, the first administrator) alone. On PostgreSQL, nodes started
    /// together take turns under an advisory lock held on a connection of its own, so the second finds the schema
    /// current and the administrator made; SQLite has one node.
    func startingAlone<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let sql = db as? any SQLDatabase, !sql.isSQLite else { return try await work() }
        return try await db.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                let locked = connection as! any SQLDatabase
                try await locked.raw("SELECT pg_advisory_lock(\(literal: Self.startLock))").run()
                do {
                    let result = try await work()
                    try await locked.raw("SELECT pg_advisory_unlock(\(literal: Self.startLock))").run()
                    return result
                } catch {
                    try? await locked.raw("SELECT pg_advisory_unlock(\(literal: Self.startLock))").run()
                    throw error
                }
            }
        }.get()
    }

    /// The advisory lock's key: any number the app does not use for something else.
    private static let startLock = 7_345_001
}
