import FluentKit
import Foundation
import SQLKit

/// Raises a row's version by one and gives the new one: `UPDATE … SET version = version + 1 … RETURNING version`.
/// For an edit made without naming the version it was made from: the row lock the update takes makes edits at
/// once apply one after another (the last one stays), where a read-then-guard would refuse all but one.
package enum VersionBump {
    /// The new version; `nil` when there is no such row.
    package static func run(table: String, id: UUID, on db: any Database) async throws -> Int? {
        let rows = try await db.sql.update(table)
            .set(
                SQLIdentifier("version"),
                to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1"))
            )
            .where(SQLIdentifier("id"), .equal, SQLBind(id))
            .returning(SQLIdentifier("version"))
            .all()
        return try rows.first?.decode(column: "version", as: Int.self)
    }
}
