import FluentKit
import Foundation
import SQLKit

package struct CreateMeetingFeedback: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("meeting_feedback")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("questionnaire", .string, .required)
            .field("token", .string, .required)
            .field("answers", .string)
            .field("rating", .double)
            .field("answered_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "token")
            .unique(on: "meeting_id", "person_id")
            .create()
        let sql = database.sql
        try await sql.create(index: "feedback_by_mentorship").on("meeting_feedback").column("mentorship_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("meeting_feedback").delete()
    }
}
