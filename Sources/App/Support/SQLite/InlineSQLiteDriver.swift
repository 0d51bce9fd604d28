import FluentKit
import NIOPosix

/// The driver's databases with their reads answered inline (`InlineSQLiteDatabase`).
struct InlineSQLiteDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let readers: InlineSQLiteReaders
    let writer: InlineSQLiteWriter
    let pool: NIOThreadPool

    func makeDatabase(with context: DatabaseContext) -> any Database {
        InlineSQLiteDatabase(base: base.makeDatabase(with: context), readers: readers, writer: writer, pool: pool)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}
