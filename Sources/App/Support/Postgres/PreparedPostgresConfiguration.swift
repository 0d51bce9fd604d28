import FluentKit

/// The app's PostgreSQL database: Fluent's driver, with the app's statements run by name
/// (`PreparedPostgresDatabase`). The names are the configuration's, shared by all its connections.
struct PreparedPostgresConfiguration: DatabaseConfiguration {
    /// The configuration of the driver's connections.
    private var driver: any DatabaseConfiguration
    private let names = PreparedStatementNames()

    init(driver: any DatabaseConfiguration) {
        self.driver = driver
    }

    var middleware: [any AnyModelMiddleware] {
        get { driver.middleware }
        set { driver.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        PreparedPostgresDriver(base: driver.makeDriver(for: databases), names: names)
    }
}

/// The driver's databases with the app's statements run by name.
struct PreparedPostgresDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let names: PreparedStatementNames

    func makeDatabase(with context: DatabaseContext) -> any Database {
        PreparedPostgresDatabase(base: base.makeDatabase(with: context), names: names)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}
