import FluentKit
import Foundation

package struct CreateMunicipalFigures: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("municipal_figures")
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("children_10_19", .int)
            .field("children_15_19", .int)
            .field("young_specialists", .int)
            .field("reference_date", .string, .required)
            .field("targets", .string, .required)
            .field("threshold_of_five", .int, .required)
            .field("threshold_of_ten", .int, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "municipality_id", "year")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("municipal_figures").delete()
    }
}
