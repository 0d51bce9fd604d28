import FluentKit
import Foundation
import SQLKit

extension AccountModel {
    /// Links the account to a participant unless another account already is: one conditional UPDATE, so two links
    /// at once cannot give one person two accounts. `true` when this call linked it.
    package static func link(_ id: UUID, to person: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.raw(
            """
            UPDATE \(ident: schema) SET person_id = \(bind: person) WHERE id = \(bind: id)
            AND NOT EXISTS (
              SELECT 1 FROM \(ident: schema) other WHERE other.person_id = \(bind: person) AND other.id <> \(bind: id)
            )
            RETURNING id
            """
        ).all().count == 1
    }
}
