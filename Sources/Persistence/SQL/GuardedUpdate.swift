import FluentKit
import Foundation
import SQLKit

/// The atomic form of "if it is still so, change it": one `UPDATE … WHERE id = … AND <still so> RETURNING id`.
/// Of two requests at once exactly one changes the row (SQLite serialises writers; PostgreSQL re-checks the
/// condition after the other's row lock), so the loser learns it lost instead of writing a second time.
package struct GuardedUpdate {
    package typealias Value = any Encodable & Sendable
    package let table: String
    package let id: UUID
    package var set: [(column: String, value: Value)]
    package var when: [(column: String, value: Value?)]

    package init(
        table: String, id: UUID, set: [(column: String, value: Value)], when: [(column: String, value: Value?)]
    ) {
        self.table = table
        self.id = id
        self.set = set
        self.when = when
    }

    /// `true` when this call changed the row.
    package func run(on db: any Database) async throws -> Bool {
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
