import FluentKit
import Foundation

/// The mentorship's life after matching: role model, kinds, period, co-mentors, the mentorship it replaced,
/// how it ended, its personal plan, the mentor's report and the best-practice mark. One column per statement:
/// SQLite adds columns one at a time.
package struct UpdateMentorshipAddLifecycle: AsyncMigration {
    package static let columns: [(String, DatabaseSchema.DataType)] = [
        ("role_model", .string), ("kinds", .string), ("starts_on", .string), ("ends_on", .string),
        ("co_mentors", .string),
        ("previous_mentorship_id", .uuid), ("termination_reason", .string), ("closed_on", .string),
        ("active_since", .string),
        ("plan", .string), ("report", .string), ("best_practice", .bool),
    ]

    package func prepare(on database: any Database) async throws {
        for (name, type) in Self.columns {
            try await database.schema("mentorships").field(.init(stringLiteral: name), type).update()
        }
        try await database.schema("programs").field("rhythm", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("programs").deleteField("rhythm").update()
        for (name, _) in Self.columns.reversed() {
            try await database.schema("mentorships").deleteField(.init(stringLiteral: name)).update()
        }
    }
}
