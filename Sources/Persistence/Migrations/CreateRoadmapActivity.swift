import FluentKit
import Foundation

package struct CreateRoadmapActivity: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("roadmap_activities")
            .id()
            .field("roadmap_id", .uuid, .required, .references("roadmaps", "id", onDelete: .cascade))
            .field("stage_id", .uuid, .required, .references("roadmap_stages", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("number", .string, .required)
            .field("title", .string, .required)
            .field("due_text", .string, .required)
            .field("due_start", .string)
            .field("due_end", .string)
            .field("checkpoint", .bool, .required)
            .field("repeat_rule", .string)
            .field("occurrences", .string, .required)
            .field("responsible", .string, .required)
            .field("responsible_account_id", .uuid, .references("accounts", "id", onDelete: .setNull))
            .field("deliverable", .string)
            .field("deliverable_kind", .string)
            .field("status", .string, .required)
            .field("done_on", .string)
            .field("notes", .string)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("roadmap_activities").delete()
    }
}
