import FluentKit
import Foundation

package struct CreateMunicipality: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("municipalities")
            .id()
            .field("region_id", .uuid, .required, .references("regions", "id"))
            .field("name", .string, .required)
            .unique(on: "region_id", "name")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("municipalities").delete() }
}
