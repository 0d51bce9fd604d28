import FluentKit
import Foundation

package struct CreateProgram: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("programs")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("forms", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("programs").delete() }
}
