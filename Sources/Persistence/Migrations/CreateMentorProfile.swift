import FluentKit
import Foundation

package struct CreateMentorProfile: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("mentor_profiles")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("forms", .string, .required)
            .field("role_models", .string, .required)
            .field("competencies", .string, .required)
            .field("competency_notes", .string)
            .field("experience", .string)
            .field("interests", .string, .required)
            .field("mentee_ages", .string)
            .field("weekly_hours", .int)
            .field("capacity", .int, .required)
            .field("group_allowed", .bool, .required)
            .field("format", .string, .required)
            .field("trainings", .string, .required)
            .field("status", .string, .required)
            .field("registry_order", .string)
            .field("offered_to_others", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "program_id", "person_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("mentor_profiles").delete()
    }
}
