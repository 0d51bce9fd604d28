import Foundation

/// The few expressions where SQLite and PostgreSQL differ, for generating rows inside the database: numbered rows,
/// the text of a UUID the app reads back, dates as the app stores them.
struct RegionSQL {
    let sqlite: Bool

    /// `INSERT … SELECT` over rows numbered `n.i` from 0 to `count - 1`.
    func insert(_ table: String, _ columns: [String], count: Int, select: [String]) -> String {
        precondition(columns.count == select.count, table)
        let list = columns.joined(separator: ", ")
        let values = select.joined(separator: ", ")
        return sqlite
            ? "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < \(count - 1)) INSERT INTO \(table) (\(list)) SELECT \(values) FROM n"
            : "INSERT INTO \(table) (\(list)) SELECT \(values) FROM generate_series(0, \(count - 1)) AS n(i)"
    }

    /// A UUID made of a table's kind and a row number: the same row number always gives the same id.
    func uuid(_ kind: Int, _ number: String) -> String {
        sqlite
            ? "printf('00000000-0000-4000-8%03X-%012X', \(kind), \(number))"
            : "('00000000-0000-4000-8' || lpad(to_hex(\(kind)), 3, '0') || '-' || lpad(to_hex(\(number)), 12, '0'))::uuid"
    }

    func literal(_ id: UUID) -> String { sqlite ? "'\(id.uuidString)'" : "'\(id.uuidString)'::uuid" }

    /// `YYYY-MM-DD`, `days` after 1 January 2026.
    func day(_ days: String) -> String {
        sqlite
            ? "date('2026-01-01', '+' || (\(days)) || ' days')"
            : "to_char(date '2026-01-01' + (\(days))::int, 'YYYY-MM-DD')"
    }

    /// A moment `seconds` after 1 January 2026, 00:00 UTC, stored as the app stores dates.
    func instant(_ seconds: String) -> String {
        sqlite ? "(1767225600.0 + (\(seconds)))" : "to_timestamp(1767225600 + (\(seconds)))"
    }

    func text(_ expression: String) -> String { sqlite ? "CAST(\(expression) AS TEXT)" : "(\(expression))::text" }
    func bool(_ condition: String) -> String {
        sqlite ? "(CASE WHEN \(condition) THEN 1 ELSE 0 END)" : "(\(condition))"
    }
    var now: String { sqlite ? "1796000000.0" : "now()" }
}
