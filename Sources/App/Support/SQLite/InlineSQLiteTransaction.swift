import FluentKit
import FluentSQL
import Logging
import NIOCore
import Persistence
import SQLKit

/// A write transaction's database: every statement, read or write, runs at once on the writer's connection
/// (`InlineSQLiteWriter`), so the transaction's reads see its own writes. It holds the write lock from its begin.
struct InlineSQLiteTransaction: Database, WrappedSQLDatabase, LockedSQLiteTransaction {
    /// The app's database the transaction was opened from: its context, dialect and logger.
    let outer: InlineSQLiteDatabase
    let writer: InlineSQLiteWriter

    var driverSQL: any SQLDatabase { outer }

    // Database

    var context: DatabaseContext { outer.context }
    var inTransaction: Bool { true }

    func execute(
        query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void
    )
        -> EventLoopFuture<Void>
    {
        execute(sql: query.statement) { onOutput(SQLRowOutput(row: $0)) }
    }

    /// Schema changes are migrations', which run outside the write gate and through the driver.
    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        eventLoop.makeFailedFuture(SchemaChangeInTransaction())
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { eventLoop.makeSucceededVoidFuture() }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    struct SchemaChangeInTransaction: Error {}

    // SQLDatabase

    var logger: Logger { outer.logger }
    var eventLoop: any EventLoop { outer.eventLoop }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    )
        -> EventLoopFuture<Void>
    {
        // At once, on this thread: the transaction's code waits for its statement in any case.
        do {
            try execute(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try execute(query, onRow)
    }

    private func execute(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, values) = driverSQL.serialize(query)
        for row in try writer.rows(sql, try outer.inlineBinds(of: sql, values)) { onRow(row) }
    }
}
