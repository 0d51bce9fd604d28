import FluentKit
import Foundation

package struct CreateAuditEntry: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("at", .datetime, .required)
            .field("account_id", .uuid)
            .field("actor", .string, .required)
            .field("role", .string, .required)
            .field("organization_id", .uuid)
            .field("person_id", .uuid)
            .field("action", .string, .required)
            .field("object_kind", .string, .required)
            .field("object_id", .uuid)
            .field("fields", .string, .required)
            .field("request_id", .string, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("audit_entries").delete() }
}
