import FluentKit
import Foundation

package struct CreateMentorshipEvent: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("mentorship_events")
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("note", .string, .required)
            .field("actor", .string, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("mentorship_events").delete()
    }
}
