import SQLKit

/// What a database holds, read from its own catalog: for the readiness check and for copying between databases.
extension SQLDatabase {
    package var isSQLite: Bool { dialect.name == "sqlite" }

    /// Whether a table of this name exists (in the search path on PostgreSQL).
    package func tableExists(_ name: String) async throws -> Bool {
        try await tableNames().contains(name)
    }

    /// The tables of the database (on PostgreSQL, of the schemas in the search path).
    package func tableNames() async throws -> [String] {
        let query: SQLQueryString =
            isSQLite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            : """
            SELECT table_name AS name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema = ANY(current_schemas(false)) ORDER BY table_name
            """
        return try await raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// This node's PostgreSQL connections by state (`active`, `idle`…), found by the application name the node
    /// gives its connections; empty on SQLite, whose connections are the node's own threads.
    package func connectionStates(applicationName: String) async throws -> [String: Int] {
        guard !isSQLite else { return [:] }
        let rows = try await raw(
            """
            SELECT COALESCE(state, 'unknown') AS state, COUNT(*) AS n FROM pg_stat_activity
            WHERE application_name = \(bind: applicationName) GROUP BY state
            """
        ).all()
        return try Dictionary(
            rows.map { (try $0.decode(column: "state", as: String.self), try $0.decode(column: "n", as: Int.self)) },
            uniquingKeysWith: +)
    }

    /// A table's columns in their order, with how each one's values are read and written.
    func columns(of table: String) async throws -> [(name: String, kind: ColumnKind)] {
        if isSQLite {
            return try await raw("SELECT name, type FROM pragma_table_info(\(bind: table)) ORDER BY cid").all().map {
                let (name, type) = (
                    try $0.decode(column: "name", as: String.self), try $0.decode(column: "type", as: String.self)
                )
                guard let kind = ColumnKind(sqliteType: type) else { throw CopyFailure.unknownType(table, name, type) }
                return (name, kind)
            }
        }
        return try await raw(
            """
            SELECT column_name AS name, data_type AS type, udt_name AS udt FROM information_schema.columns
            WHERE table_name = \(bind: table) AND table_schema = ANY(current_schemas(false)) ORDER BY ordinal_position
            """
        ).all().map {
            let name = try $0.decode(column: "name", as: String.self)
            let type = try $0.decode(column: "type", as: String.self)
            guard let kind = ColumnKind(postgresType: type, udt: try $0.decode(column: "udt", as: String.self)) else {
                throw CopyFailure.unknownType(table, name, type)
            }
            return (name, kind)
        }
    }

    /// Which table each table's foreign keys point to (a table and the tables it needs first).
    func foreignKeys() async throws -> [String: Set<String>] {
        var needs: [String: Set<String>] = [:]
        if isSQLite {
            for table in try await tableNames() {
                let rows = try await raw("SELECT \"table\" AS parent FROM pragma_foreign_key_list(\(bind: table))")
                    .all()
                needs[table] = Set(try rows.map { try $0.decode(column: "parent", as: String.self) })
            }
            return needs
        }
        let rows = try await raw(
            """
            SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
            JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE c.contype = 'f' AND n.nspname = ANY(current_schemas(false))
            """
        ).all()
        for row in rows {
            needs[try row.decode(column: "child", as: String.self), default: []].insert(
                try row.decode(column: "parent", as: String.self))
        }
        return needs
    }
}
