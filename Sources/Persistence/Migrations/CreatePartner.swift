import FluentKit
import Foundation

package struct CreatePartner: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("partners")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .unique(on: "organization_id", "name")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("partners").delete() }
}
