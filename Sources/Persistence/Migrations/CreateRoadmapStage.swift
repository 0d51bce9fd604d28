import FluentKit
import Foundation

package struct CreateRoadmapStage: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("roadmap_stages")
            .id()
            .field("roadmap_id", .uuid, .required, .references("roadmaps", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("number", .string, .required)
            .field("title", .string, .required)
            .field("goal", .string)
            .field("expected_result", .string)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("roadmap_stages").delete() }
}
