import Fluent
import FluentKit
import Foundation

struct CreateMunicipality: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("municipalities")
            .id()
            .field("region_id", .uuid, .required, .references("regions", "id"))
            .field("name", .string, .required)
            .unique(on: "region_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("municipalities").delete() }
}
