import FluentKit
import Foundation

package struct CreateProcessResult: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("process_results")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("kind", .string, .required)
            .field("total", .int)
            .field("count", .int, .required)
            .field("note", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("process_results").delete()
    }
}
