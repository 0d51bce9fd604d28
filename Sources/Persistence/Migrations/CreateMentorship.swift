import FluentKit
import Foundation

package struct CreateMentorship: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("mentorships")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("mentor_profile_id", .uuid, .required, .references("mentor_profiles", "id", onDelete: .cascade))
            .field("form", .string, .required)
            .field("status", .string, .required)
            .field("matching_run_id", .uuid, .references("matching_runs", "id", onDelete: .setNull))
            .field("score", .double)
            .field("group_theme", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("mentorship_mentees")
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id", onDelete: .cascade))
            .field("mentee_profile_id", .uuid, .required, .references("mentee_profiles", "id", onDelete: .cascade))
            .unique(on: "mentorship_id", "mentee_profile_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("mentorship_mentees").delete()
        try await database.schema("mentorships").delete()
    }
}
