import FluentKit

extension WrappedConfiguration {
    /// The app's SQLite file: the driver's connection per event loop for writes and transactions, an inline reader
    /// per loop that answers the reads (`InlineSQLiteDatabase`) and a connection for the transactions that pass the
    /// write gate, the audit rows' among them (`InlineSQLiteWriter`).
    static func sqliteFile(driver: any DatabaseConfiguration, path: String) -> WrappedConfiguration {
        let readers = InlineSQLiteReaders(path: path)
        let writer = InlineSQLiteWriter(path: path)
        return WrappedConfiguration(driver: driver) { databases in
            { [pool = databases.threadPool] in
                InlineSQLiteDatabase(base: $0, readers: readers, writer: writer, pool: pool)
            }
        }
    }
}
