import FluentKit
import Foundation
import SQLKit

/// Copies every table of one database into another with the same migrations, in batches: the source read as of
/// one moment (one transaction, on PostgreSQL a repeatable-read snapshot), the target written all or nothing (one
/// transaction that first empties it). Fluent's record of migrations stays each side's own. Every table is counted
/// on both sides after the copy; a difference undoes the whole copy.
package struct DatabaseCopy {
    package struct TableCount: Sendable, Equatable {
        package var table: String
        package var rows: Int
    }

    let source: any Database
    let target: any Database

    package init(from source: any Database, to target: any Database) {
        self.source = source
        self.target = target
    }

    /// Tables that migrations fill in a new database (the built-in questionnaires): data there is not a user's.
    package static let seededTables: Set<String> = ["questionnaire_templates"]
    private static let migrationsTable = SchemaVersion.table

    /// The tables of the database that hold something a user or the app wrote (not just what migrations seed).
    package static func tablesWithData(in db: any Database) async throws -> [String] {
        var tables: [String] = []
        for table in try await db.sql.tableNames() where table != migrationsTable && !seededTables.contains(table) {
            if try await db.sql.select().column(SQLLiteral.numeric("1")).from(table).limit(1).first() != nil {
                tables.append(table)
            }
        }
        return tables
    }

    /// Every table but Fluent's record with its number of rows.
    package static func counts(in db: any Database) async throws -> [TableCount] {
        var counts: [TableCount] = []
        for table in try await db.sql.tableNames().sorted() where table != migrationsTable {
            counts.append(TableCount(table: table, rows: try await count(table, db.sql)))
        }
        return counts
    }

    package func run() async throws -> [TableCount] {
        try await source.transaction { source in
            if !source.sql.isSQLite {
                try await source.sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            }
            return try await target.transaction { target in try await Self.copy(source.sql, target.sql) }
        }
    }

    private static func copy(_ source: any SQLDatabase, _ target: any SQLDatabase) async throws -> [TableCount] {
        let tables = try await TableOrder.parentsFirst(
            target.tableNames().filter { $0 != migrationsTable },
            needs: target.foreignKeys())
        let missing = Set(tables).subtracting(try await source.tableNames())
        guard missing.isEmpty else { throw CopyFailure.schemaDiffers("нет таблиц \(missing.sorted())") }
        for table in tables.reversed() { try await target.delete(from: table).run() }
        var counts: [TableCount] = []
        for table in tables {
            let columns = try await Self.columns(of: table, source, target)
            try await copyRows(of: table, columns: columns, source, target)
            let (from, to) = (try await count(table, source), try await count(table, target))
            guard from == to else { throw CopyFailure.countDiffers(table: table, source: from, target: to) }
            counts.append(TableCount(table: table, rows: to))
        }
        return counts.sorted { $0.table < $1.table }
    }

    /// Rows in the order of their ids, a batch at a time, each batch one INSERT within the drivers' bind limits.
    private static func copyRows(
        of table: String, columns: [(name: String, kind: ColumnKind)], _ source: any SQLDatabase,
        _ target: any SQLDatabase
    ) async throws {
        let batch = max(1, min(500, 30_000 / max(1, columns.count)))
        var last: UUID?
        while true {
            var select = source.select().columns(columns.map { $0.kind.selected($0.name, from: source) })
                .from(table).orderBy("id").limit(batch)
            if let last { select = select.where("id", .greaterThan, last) }
            let rows = try await select.all()
            guard !rows.isEmpty else { return }
            var insert = target.insert(into: table).columns(columns.map(\.name))
            for row in rows {
                insert = insert.values(try columns.map { try $0.kind.value(of: row, column: $0.name, into: target) })
            }
            try await insert.run()
            last = try rows[rows.count - 1].decode(column: "id", as: UUID.self)
            if rows.count < batch { return }
        }
    }

    /// The columns both sides have, typed by PostgreSQL's catalog when one side is PostgreSQL.
    private static func columns(
        of table: String, _ source: any SQLDatabase, _ target: any SQLDatabase
    ) async throws -> [(name: String, kind: ColumnKind)] {
        let (from, to) = (try await source.columns(of: table), try await target.columns(of: table))
        guard Set(from.map(\.name)) == Set(to.map(\.name)) else {
            throw CopyFailure.schemaDiffers("столбцы таблицы \(table)")
        }
        return source.isSQLite ? to : from
    }

    private static func count(_ table: String, _ db: any SQLDatabase) async throws -> Int {
        let row = try await db.select().columnCountingRows().from(table).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
