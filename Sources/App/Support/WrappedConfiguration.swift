import FluentKit

/// One of Fluent's drivers with every database it makes wrapped by one of the app's own (`WrappedDatabase`): the
/// SQLite file answered inline (`InlineSQLiteDatabase`), PostgreSQL with its statements run by name
/// (`PreparedPostgresDatabase`).
struct WrappedConfiguration: DatabaseConfiguration {
    /// The configuration of the driver's connections.
    private var driver: any DatabaseConfiguration
    /// Makes the wrapper of the driver's databases, given the registry that holds them.
    private let wrapper: @Sendable (Databases) -> @Sendable (any Database) -> any Database

    init(
        driver: any DatabaseConfiguration,
        wrapper: @escaping @Sendable (Databases) -> @Sendable (any Database) -> any Database
    ) {
        self.driver = driver
        self.wrapper = wrapper
    }

    var middleware: [any AnyModelMiddleware] {
        get { driver.middleware }
        set { driver.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        WrappedDriver(base: driver.makeDriver(for: databases), wrap: wrapper(databases))
    }
}

/// The driver's databases, each wrapped.
private struct WrappedDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let wrap: @Sendable (any Database) -> any Database

    func makeDatabase(with context: DatabaseContext) -> any Database { wrap(base.makeDatabase(with: context)) }
    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}
