import FluentKit
import NIOConcurrencyHelpers
import NIOPosix
import SQLKit

/// The app's SQLite file: the driver's connection per event loop for writes and transactions, an inline reader per
/// loop that answers the reads (`InlineSQLiteDatabase`) and a connection for the transactions that pass the write
/// gate and the groups of audit rows (`InlineSQLiteWriter`).
struct SQLiteFileConfiguration: DatabaseConfiguration {
    /// The configuration of the driver's connections.
    private var driver: any DatabaseConfiguration
    private let readers: InlineSQLiteReaders
    private let writer: InlineSQLiteWriter
    /// The registry's blocking pool, known once it makes the driver.
    private let pool = NIOLockedValueBox<NIOThreadPool?>(nil)

    init(driver: any DatabaseConfiguration, path: String) {
        self.driver = driver
        readers = InlineSQLiteReaders(path: path)
        writer = InlineSQLiteWriter(path: path)
    }

    var middleware: [any AnyModelMiddleware] {
        get { driver.middleware }
        set { driver.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        pool.withLockedValue { $0 = databases.threadPool }
        return InlineSQLiteDriver(
            base: driver.makeDriver(for: databases), readers: readers, writer: writer, pool: databases.threadPool)
    }

    /// Commits one statement by itself (a group of audit rows) in a single hop (`InlineSQLiteWriter`).
    func commit(_ statement: any SQLExpression, serializedBy sql: any SQLDatabase) async throws {
        guard let pool = pool.withLockedValue({ $0 }) else { throw AuditWriter.NoDatabase() }
        try await writer.commit(statement, serializedBy: sql, on: pool)
    }
}
