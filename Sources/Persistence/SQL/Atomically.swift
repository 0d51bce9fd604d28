import FluentKit
import SQLKit

extension Database {
    /// A transaction for a "check, then write".
    ///
    /// On SQLite one such transaction runs at a time in the process: the others wait here, without holding a
    /// thread, and the first statement takes the file's one write lock (a write that changes nothing), so the
    /// checks read what no other writer can change before the commit. Waiting inside SQLite instead would hold
    /// one of the few threads of the blocking pool while the lock holder needs one to finish.
    /// On PostgreSQL the checks lock the rows they guard (`FOR UPDATE`, conditional updates, unique keys).
    package func atomically<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T
    {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite", !SQLiteWriteGate.isHeld else {
            return try await transaction(body)
        }
        return try await SQLiteWriteGate.shared.passing {
            try await transaction { db in
                if !(db is any LockedSQLiteTransaction) {
                    try await (db as? any SQLDatabase)?.raw("UPDATE _fluent_migrations SET batch = batch WHERE 1 = 0")
                        .run()
                }
                return try await body(db)
            }
        }
    }
}

extension Database {
    /// One statement that writes, atomic by itself. On SQLite it passes the write gate as every write does; on
    /// PostgreSQL it runs as it is, without the round trips of a begin and a commit around it.
    package func writingAlone<T: Sendable>(
        _ statement: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        guard let sql = self as? any SQLDatabase, sql.isSQLite else { return try await statement(self) }
        return try await atomically(statement)
    }
}

/// A SQLite transaction that holds the file's write lock from its start (`BEGIN IMMEDIATE`), so `atomically` has no
/// lock to take.
package protocol LockedSQLiteTransaction: Database {}

/// The queue of SQLite write transactions in this process: one passes, the rest wait their turn in order.
package actor SQLiteWriteGate {
    package static let shared = SQLiteWriteGate()
    @TaskLocal private static var held = false
    /// Inside a transaction that already passed, so a nested one does not wait for itself.
    package static var isHeld: Bool { held }

    private var occupied = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package func passing<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        if occupied {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            occupied = true
        }
        defer { leave() }
        return try await Self.$held.withValue(true) { try await body() }
    }

    private func leave() {
        if waiting.isEmpty { occupied = false } else { waiting.removeFirst().resume() }
    }
}
