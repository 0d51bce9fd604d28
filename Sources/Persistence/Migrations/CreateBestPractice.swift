import FluentKit

/// Cases of best practice: made from a completed pair or a program, approved by the organization's methodical
/// council, offered to and accepted into the municipality's base.
package struct CreateBestPractice: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(BestPracticeModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("mentorship_id", .uuid, .references("mentorships", "id"))
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("form", .string, .required)
            .field("role_model", .string)
            .field("theme", .string, .required)
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("actions", .string, .required)
            .field("results", .string, .required)
            .field("indicators", .string, .required)
            .field("people", .string, .required)
            .field("status", .string, .required)
            .field("review_note", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(BestPracticeModel.schema).delete()
    }
}
