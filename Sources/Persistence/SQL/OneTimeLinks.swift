import FluentKit
import Foundation
import SQLKit

/// Uses a one-time link exactly once: a conditional UPDATE … RETURNING marks it used only when it is still unused,
/// unrevoked and in term, so of two clicks at once exactly one wins (SQLite and PostgreSQL alike).
package struct OneTimeLinks {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    /// `true` when this call used the link; `false` when it was used, revoked or expired before.
    package func consume(
        table: String, id: UUID, usedColumn: String, revokedColumn: String?, now: Date
    ) async throws -> Bool {
        let sql = db.sql
        let revoked: SQLQueryString = revokedColumn.map { " AND \(ident: $0) IS NULL" } ?? ""
        let rows = try await sql.raw(
            """
            UPDATE \(ident: table) SET \(ident: usedColumn) = \(bind: now)
            WHERE id = \(bind: id) AND \(ident: usedColumn) IS NULL\(revoked) AND expires_at > \(bind: now)
            RETURNING id
            """
        ).all()
        return rows.count == 1
    }
}
