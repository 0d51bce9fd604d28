import FluentKit
import Foundation

package struct CreateAuthority: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("authorities")
            .id()
            .field("name", .string, .required)
            .field("municipality_id", .uuid, .references("municipalities", "id"))
            .field("region_id", .uuid, .references("regions", "id"))
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("authorities").delete() }
}
