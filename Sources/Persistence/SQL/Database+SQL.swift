import FluentKit
import SQLKit

extension Database {
    /// The same database for SQL of our own. Both drivers the app is configured with (SQLite and PostgreSQL) are
    /// SQL databases, so this never fails at run time; an in-memory Fluent test double would.
    package var sql: any SQLDatabase { self as! any SQLDatabase }
}
