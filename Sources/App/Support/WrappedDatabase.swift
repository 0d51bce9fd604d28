import FluentKit
import Logging
import NIOCore
import SQLKit

/// A database the app puts around one of Fluent's drivers (`base`): it answers some statements its own way and
/// leaves the rest, schema changes among them, to the driver's.
protocol WrappedDatabase: Database, WrappedSQLDatabase {
    var base: any Database { get }
}

extension WrappedDatabase {
    var driverSQL: any SQLDatabase { base as! any SQLDatabase }
    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }
    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }
}

/// A database the app puts around a driver's: its dialect, version and logging level are the driver's, and a
/// statement sent the old way (answered by a future) runs the async way.
protocol WrappedSQLDatabase: SQLDatabase {
    /// The database it stands in for.
    var driverSQL: any SQLDatabase { get }
}

extension WrappedSQLDatabase {
    var version: (any SQLDatabaseReportedVersion)? { driverSQL.version }
    var dialect: any SQLDialect { driverSQL.dialect }
    var queryLogLevel: Logger.Level? { driverSQL.queryLogLevel }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    )
        -> EventLoopFuture<Void>
    {
        let promise = eventLoop.makePromise(of: Void.self)
        promise.completeWithTask { try await execute(sql: query, onRow) }
        return promise.futureResult
    }
}
