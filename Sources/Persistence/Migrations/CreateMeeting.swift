import FluentKit
import Foundation
import SQLKit

package struct CreateMeeting: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("mentor_profile_id", .uuid, .required, .references("mentor_profiles", "id", onDelete: .cascade))
            .field("type", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("duration_minutes", .int, .required)
            .field("format", .string, .required)
            .field("place", .string)
            .field("link", .string)
            .field("topic", .string, .required)
            .field("notes", .string)
            .field("status", .string, .required)
            .field("attendance", .string, .required)
            .field("task_ids", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // The curator's table and the rhythm check read meetings by pair and by mentor in time order.
        let sql = database.sql
        try await sql.create(index: "meetings_by_mentorship").on("meetings").column("mentorship_id").column("starts_at")
            .run()
        try await sql.create(index: "meetings_by_mentor").on("meetings").column("mentor_profile_id").column("starts_at")
            .run()
    }

    package func revert(on database: any Database) async throws { try await database.schema("meetings").delete() }
}
