import FluentKit

/// Feedback links end like survey links do. Links made before this migration have no date of their own and end
/// `MeetingFeedbackModel.lifetime` after they were made.
package struct UpdateMeetingFeedbackAddExpiry: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("meeting_feedback").field("expires_at", .datetime).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("meeting_feedback").deleteField("expires_at").update()
    }
}
