import FluentKit
import Foundation

package struct CreateLegalRepresentative: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("legal_representatives")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("full_name", .string, .required)
            .field("relation", .string, .required)
            .field("phone", .string)
            .field("email", .string)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("legal_representatives").delete()
    }
}
