import FluentKit
import Foundation

/// Covering indexes for the curator's table and the daily rhythm check: their grouped counts of meetings and feedback
/// read every column they need from the index, not from tens of thousands of table rows.
package struct CreateRhythmIndexes: AsyncMigration {
    package static let indexes = IndexList(indexes: [
        ("meetings_rhythm", "meetings", ["mentorship_id", "status", "starts_at", "created_at"]),
        (
            "feedback_rhythm", "meeting_feedback",
            ["mentorship_id", "questionnaire", "answered_at", "role", "rating", "created_at", "meeting_id"]
        ),
    ])

    package func prepare(on database: any Database) async throws { try await Self.indexes.create(on: database) }

    package func revert(on database: any Database) async throws { try await Self.indexes.drop(on: database) }
}
