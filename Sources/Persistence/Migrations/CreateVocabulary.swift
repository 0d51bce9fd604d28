import FluentKit
import Foundation

package struct CreateVocabulary: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("vocabularies")
            .id()
            .field("organization_id", .uuid, .references("organizations", "id", onDelete: .cascade))
            .field("municipality_id", .uuid, .references("municipalities", "id", onDelete: .cascade))
            .field("vocabulary_group", .string, .required)
            .field("terms", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("vocabularies").delete() }
}
