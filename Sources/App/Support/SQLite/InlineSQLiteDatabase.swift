import FluentKit
import FluentSQL
import Logging
import NIOCore
import NIOPosix
import Persistence
import SQLKit
import SQLiteNIO

/// The app's SQLite database with its reads answered by the calling loop's inline reader (`InlineSQLiteReaders`):
/// Fluent's reads and counts and every plain `SELECT`. A transaction that holds the write gate (`atomically`) runs
/// on the writer's connection (`InlineSQLiteWriter`); other writes, schema changes and transactions go to the
/// driver's connection (`base`), as before.
struct InlineSQLiteDatabase: WrappedDatabase {
    let base: any Database
    let readers: InlineSQLiteReaders
    let writer: InlineSQLiteWriter
    /// The registry's blocking pool, where the writer begins and commits.
    let pool: NIOThreadPool

    // Database

    func execute(
        query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void
    )
        -> EventLoopFuture<Void>
    {
        switch query.action {
        case .read, .aggregate:
            return execute(sql: query.statement) { onOutput(SQLRowOutput(row: $0)) }
        default:
            return base.execute(query: query, onOutput: onOutput)
        }
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard SQLiteWriteGate.isHeld else { return base.transaction(closure) }
        let transaction = InlineSQLiteTransaction(outer: self, writer: writer)
        let promise = eventLoop.makePromise(of: Handed.self)
        promise.completeWithTask {
            try await writer.transaction(on: pool, eventLoop: eventLoop) {
                try await closure(transaction).map(Handed.init).get()
            }
        }
        return promise.futureResult.map { $0.value as! T }
    }

    /// A transaction's result, whatever its type, handed between tasks (Fluent's `transaction` does not require it
    /// to be `Sendable`, and it is handed from one task to the next as the driver's is).
    private struct Handed: @unchecked Sendable {
        let value: Any
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.withConnection(closure)
    }

    // SQLDatabase

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        let (sql, values) = driverSQL.serialize(query)
        guard sql.hasPrefix("SELECT") else { return try await driverSQL.execute(sql: query, onRow) }
        let binds = try inlineBinds(of: sql, values)
        let rows = try await readers.withConnection(on: eventLoop) { try $0.rows(sql, binds) }
        for row in rows { onRow(row) }
    }

    /// The values of a statement an inline connection runs, which is logged as the driver logs its own.
    func inlineBinds(of sql: String, _ values: [any Encodable & Sendable]) throws -> [SQLiteData] {
        if let level = queryLogLevel {
            logger.log(level: level, "Executing query", metadata: ["sql": .string(sql), "inline": "true"])
        }
        return try InlineSQLiteConnection.binds(values)
    }
}
