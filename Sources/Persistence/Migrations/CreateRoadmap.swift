import FluentKit
import Foundation

package struct CreateRoadmap: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("roadmaps")
            .id()
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("authority_id", .uuid, .references("authorities", "id"))
            .field("title", .string, .required)
            .field("period_start", .string)
            .field("period_end", .string)
            .field("status", .string, .required)
            .field("approval_order", .string)
            .field("source_kind", .string, .required)
            .field("source_name", .string)
            .field("feed_token", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "feed_token")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("roadmaps").delete() }
}
