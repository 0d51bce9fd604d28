import FluentKit
import Foundation

package struct CreateAccount: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("accounts")
            .id()
            .field("login", .string, .required)
            .field("password_hash", .string, .required)
            .field("display_name", .string, .required)
            .field("person_id", .uuid, .references("people", "id"))
            .field("representative_id", .uuid, .references("legal_representatives", "id"))
            .field("must_change_password", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "login")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("accounts").delete() }
}
