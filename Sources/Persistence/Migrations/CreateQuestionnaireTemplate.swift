import FluentKit
import Foundation

package struct CreateQuestionnaireTemplate: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("questionnaire_templates")
            .id()
            .field("organization_id", .uuid, .references("organizations", "id", onDelete: .cascade))
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("audience", .string, .required)
            .field("definition", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("questionnaire_templates").delete()
    }
}
