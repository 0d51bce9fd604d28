import PostgresNIO
import Synchronization

/// The names under which the app's statements are prepared on PostgreSQL: one per text and parameter types, the
/// same on every connection. A statement that failed on the server is named anew, so that no connection keeps a
/// preparation that failed (a table not created yet) or a plan whose columns have changed since (a migration added
/// one under a `SELECT *`).
///
/// Each connection keeps what it prepared until it closes, so the names are bounded: at most `limit` of them, for
/// statements of at most `maximumValues` values (a long list of values is a text of its own for each length).
/// Statements beyond those are sent unnamed, parsed and planned each time, as the driver sends them.
final class PreparedStatementNames: Sendable {
    static let limit = 1_000
    static let maximumValues = 64

    private struct Key: Hashable {
        let sql: String
        let types: [PostgresDataType]
    }

    private struct State {
        var names: [Key: String] = [:]
        var issued = 0
    }

    private let state = Mutex(State())

    /// The statement's name; nil when it is left unnamed.
    func name(of sql: String, types: [PostgresDataType]) -> String? {
        guard types.count <= Self.maximumValues, Self.isPlainStatement(sql) else { return nil }
        let key = Key(sql: sql, types: types)
        return state.withLock { state in
            if let name = state.names[key] { return name }
            guard state.issued < Self.limit else { return nil }
            state.issued += 1
            let name = "nastavnik_\(state.issued)"
            state.names[key] = name
            return name
        }
    }

    /// The statement failed on the server: the next run prepares it under a new name.
    func forget(_ sql: String, types: [PostgresDataType]) {
        let key = Key(sql: sql, types: types)
        state.withLock { _ = $0.names.removeValue(forKey: key) }
    }

    /// Queries and changes of rows; not transaction control, schema changes or settings.
    private static func isPlainStatement(_ sql: String) -> Bool {
        ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"].contains { sql.hasPrefix($0) }
    }
}
