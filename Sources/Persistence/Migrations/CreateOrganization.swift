import FluentKit
import Foundation

package struct CreateOrganization: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("organizations")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("kind", .string, .required)
            .field("full_name", .string, .required)
            .field("short_name", .string, .required)
            .field("address", .string)
            .field("head_name", .string)
            .field("head_position", .string)
            .field("site_url", .string)
            .unique(on: "municipality_id", "short_name")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("organizations").delete() }
}
