import FluentKit
import Foundation

package struct CreateMatchingRun: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("matching_runs")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("mode", .string, .required)
            .field("setup", .string, .required)
            .field("result", .string, .required)
            .field("pairs", .int, .required)
            .field("matched_percent", .double, .required)
            .field("mean_score", .double, .required)
            .field("unmatched", .int, .required)
            .field("status", .string, .required)
            .field("previous_run_id", .uuid)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("accepted_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("matching_runs").delete() }
}
