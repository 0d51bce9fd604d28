import FluentKit
import Foundation

package struct CreateRoadmapEvidence: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("roadmap_evidence")
            .id()
            .field("activity_id", .uuid, .required, .references("roadmap_activities", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("link", .string)
            .field("file_name", .string)
            .field("content_type", .string)
            .field("data", .data)
            .field("added_by", .string, .required)
            .field("added_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("roadmap_evidence").delete()
    }
}
