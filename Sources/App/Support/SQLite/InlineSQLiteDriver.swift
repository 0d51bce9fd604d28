import FluentKit

/// The driver's databases with their reads answered inline (`InlineSQLiteDatabase`).
struct InlineSQLiteDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let readers: InlineSQLiteReaders

    func makeDatabase(with context: DatabaseContext) -> any Database {
        InlineSQLiteDatabase(base: base.makeDatabase(with: context), readers: readers)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}
