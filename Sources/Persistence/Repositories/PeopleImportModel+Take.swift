import FluentKit
import Foundation
import SQLKit

extension PeopleImportModel {
    /// Deletes the uploaded list and says whether this call did: of two confirmations at once the second finds it
    /// gone.
    package static func take(_ id: UUID, on db: any Database) async throws -> Bool {
        try await db.sql.delete(from: schema).where(SQLIdentifier("id"), .equal, SQLBind(id))
            .returning(SQLIdentifier("id")).all().count == 1
    }
}
