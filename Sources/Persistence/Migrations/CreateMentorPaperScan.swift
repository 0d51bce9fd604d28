import FluentKit

/// The signed scans of mentors' consents and additional agreements, one per pair and paper.
package struct CreateMentorPaperScan: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(MentorPaperScanModel.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id"))
            .field("paper", .string, .required)
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: "mentorship_id", "paper")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(MentorPaperScanModel.schema).delete()
    }
}
