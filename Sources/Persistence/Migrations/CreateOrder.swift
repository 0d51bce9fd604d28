import FluentKit
import Foundation

package struct CreateOrder: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("orders")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("program_id", .uuid, .references("programs", "id", onDelete: .setNull))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("grounds", .string, .required)
            .field("points", .string, .required)
            .field("status", .string, .required)
            .field("number", .string)
            .field("signed_on", .string)
            // The year of signing: a number is unique per organization and year, and the database enforces it.
            .field("signed_year", .int)
            .field("scan_name", .string)
            .field("scan_type", .string)
            .field("scan_data", .data)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .field("signed_at", .datetime)
            .unique(on: "organization_id", "signed_year", "number")
            .create()
        try await database.schema("order_items")
            .id()
            .field("order_id", .uuid, .required, .references("orders", "id", onDelete: .cascade))
            .field("mentorship_id", .uuid, .references("mentorships", "id", onDelete: .cascade))
            .field("mentor_profile_id", .uuid, .references("mentor_profiles", "id", onDelete: .cascade))
            .field("note", .string)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("order_items").delete()
        try await database.schema("orders").delete()
    }
}
