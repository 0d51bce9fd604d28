import FluentKit
import Foundation

package struct CreateMenteeProfile: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("mentee_profiles")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("form", .string, .required)
            .field("requests", .string, .required)
            .field("request_notes", .string)
            .field("interests", .string, .required)
            .field("weekly_hours", .int)
            .field("format", .string, .required)
            .field("status", .string, .required)
            .field("waiting_since", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "program_id", "person_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("mentee_profiles").delete()
    }
}
