import FluentKit
import Foundation

package struct CreateAPIToken: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("api_tokens").delete() }
}
