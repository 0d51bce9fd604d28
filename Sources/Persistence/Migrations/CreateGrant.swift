import FluentKit
import Foundation

package struct CreateGrant: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("grants")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("region_id", .uuid, .references("regions", "id"))
            .field("municipality_id", .uuid, .references("municipalities", "id"))
            .field("organization_id", .uuid, .references("organizations", "id"))
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("grants").delete() }
}
