import Fluent
import FluentKit
import Foundation

struct CreatePartner: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("partners")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("name", .string, .required)
            .unique(on: "organization_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("partners").delete() }
}
