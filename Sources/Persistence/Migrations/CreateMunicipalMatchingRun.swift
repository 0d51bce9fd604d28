import FluentKit
import Foundation

package struct CreateMunicipalMatchingRun: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("municipal_matching_runs")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id", onDelete: .cascade))
            .field("mode", .string, .required)
            .field("setup", .string, .required)
            .field("result", .string, .required)
            .field("pairs", .int, .required)
            .field("cross_pairs", .int, .required)
            .field("matched_percent", .double, .required)
            .field("status", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("accepted_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("municipal_matching_runs").delete()
    }
}
