import FluentKit

/// The app's SQLite file: the driver's connection per event loop for writes and transactions, an inline reader per
/// loop that answers the reads (`InlineSQLiteDatabase`) and a connection for the transactions that pass the write
/// gate, the audit rows' among them (`InlineSQLiteWriter`).
struct SQLiteFileConfiguration: DatabaseConfiguration {
    /// The configuration of the driver's connections.
    private var driver: any DatabaseConfiguration
    private let readers: InlineSQLiteReaders
    private let writer: InlineSQLiteWriter

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
        InlineSQLiteDriver(
            base: driver.makeDriver(for: databases), readers: readers, writer: writer, pool: databases.threadPool)
    }
}
