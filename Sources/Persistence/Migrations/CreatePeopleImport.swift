import FluentKit
import Foundation

package struct CreatePeopleImport: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("people_imports")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("data", .data, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("people_imports").delete() }
}
