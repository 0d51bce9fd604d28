import FluentKit
import Foundation

package struct CreateSurvey: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("surveys")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("template_id", .uuid, .required, .references("questionnaire_templates", "id"))
            .field("title", .string, .required)
            .field("audience", .string, .required)
            .field("form", .string)
            .field("anonymous", .bool, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("surveys").delete() }
}
