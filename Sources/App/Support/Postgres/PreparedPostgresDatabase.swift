import FluentKit
import FluentSQL
import Logging
import NIOCore
import PostgresKit
import PostgresNIO
import SQLKit

/// Fluent's PostgreSQL database with the app's statements run by name (`NamedStatement`): PostgreSQL parses and
/// plans each once per connection instead of at every run. Fluent's queries and plain SQL alike; a statement
/// `PreparedStatementNames` leaves unnamed, schema changes and transaction control go to the driver as before.
/// A transaction's or a held connection's statements run by name on that connection.
struct PreparedPostgresDatabase: WrappedDatabase {
    let base: any Database
    let names: PreparedStatementNames

    // Database

    func execute(
        query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void
    )
        -> EventLoopFuture<Void>
    {
        // Fluent takes its rows on the database's event loop; a statement's rows arrive on its task's thread.
        let loop = eventLoop
        return execute(sql: query.statement) { row in
            let output = SQLRowOutput(row: row)
            if loop.inEventLoop { onOutput(output) } else { loop.execute { onOutput(output) } }
        }
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.transaction { [names] in closure(PreparedPostgresDatabase(base: $0, names: names)) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.withConnection { [names] in closure(PreparedPostgresDatabase(base: $0, names: names)) }
    }

    // SQLDatabase

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        let (sql, values) = driverSQL.serialize(query)
        guard let (bindings, types) = try NamedStatement.bindings(of: values),
            let name = names.name(of: sql, types: types)
        else { return try await driverSQL.execute(sql: query, onRow) }
        do {
            try await run(NamedStatement.Text(name: name, sql: sql, types: types), bindings, onRow)
        } catch let error as PSQLError where error.code == .server {
            let state = error.serverInfo?[.sqlState] ?? ""
            // A broken key, a bad value or a lost race leaves the plan as good as it was; anything else may be a
            // preparation that failed, which PostgresNIO would keep failing on that connection.
            guard !Self.rowErrorClasses.contains(where: state.hasPrefix) else { throw error }
            names.forget(sql, types: types)
            // A plan of a `SELECT *` whose table has gained a column since: outside a transaction, prepared anew.
            guard state == Self.changedResultType, !inTransaction,
                let renamed = names.name(of: sql, types: types)
            else { throw error }
            try await run(NamedStatement.Text(name: renamed, sql: sql, types: types), bindings, onRow)
        }
    }

    /// PostgreSQL's code for "cached plan must not change result type".
    private static let changedResultType = "0A000"
    /// The classes of PostgreSQL's errors about the rows a statement met, not the statement: data exceptions,
    /// integrity constraint violations, transaction rollbacks (serialization failures, deadlocks).
    private static let rowErrorClasses = ["22", "23", "40"]

    private func run(
        _ text: NamedStatement.Text, _ bindings: PostgresBindings, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) async throws {
        if let level = queryLogLevel {
            logger.log(
                level: level, "Executing query", metadata: ["sql": .string(text.sql), "prepared": "\(text.name)"])
        }
        let postgres = base as! any PostgresDatabase
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask { [logger] in
                try await NamedStatement.$current.withValue(text) {
                    for try await row in try await connection.execute(
                        NamedStatement(bindings: bindings), logger: logger)
                    {
                        onRow(PostgresCellRow(row))
                    }
                }
            }
        }.get()
    }
}
