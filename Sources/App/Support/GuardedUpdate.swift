import FluentKit
import Foundation
import SQLKit

/// The atomic form of "if it is still so, change it": one `UPDATE … WHERE id = … AND <still so> RETURNING id`.
/// Of two requests at once exactly one changes the row (SQLite serialises writers; PostgreSQL re-checks the
/// condition after the other's row lock), so the loser learns it lost instead of writing a second time.
struct GuardedUpdate {
    typealias Value = any Encodable & Sendable
    let table: String
    let id: UUID
    var set: [(column: String, value: Value)]
    var when: [(column: String, value: Value?)]

    /// `true` when this call changed the row.
    func run(on db: any Database) async throws -> Bool {
        var update = db.sql.update(table)
        for (column, value) in set { update = update.set(SQLIdentifier(column), to: SQLBind(value)) }
        update = update.where(SQLIdentifier("id"), .equal, SQLBind(id))
        for (column, value) in when {
            if let value {
                update = update.where(SQLIdentifier(column), .equal, SQLBind(value))
            } else {
                update = update.where(SQLIdentifier(column), .is, SQLLiteral.null)
            }
        }
        return try await update.returning(SQLIdentifier("id")).all().count == 1
    }
}
