import FluentKit
import Foundation

package struct CreateNotification: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .id()
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            // One notification per account and key: the daily check may run on every node without repeating itself.
            .field("key", .string, .required)
            .field("text", .string, .required)
            .field("link", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .unique(on: "account_id", "key")
            .create()
        try await database.schema("email_outbox")
            .id()
            .field("address", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        try await database.schema("accounts").field("calendar_token", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("accounts").deleteField("calendar_token").update()
        try await database.schema("email_outbox").delete()
        try await database.schema("notifications").delete()
    }
}
