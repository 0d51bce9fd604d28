import FluentKit

extension WrappedConfiguration {
    /// The app's PostgreSQL database: Fluent's driver, with the app's statements run by name
    /// (`PreparedPostgresDatabase`). The names are the configuration's, shared by all its connections.
    static func preparedPostgres(driver: any DatabaseConfiguration) -> WrappedConfiguration {
        let names = PreparedStatementNames()
        return WrappedConfiguration(driver: driver) { _ in { PreparedPostgresDatabase(base: $0, names: names) } }
    }
}
