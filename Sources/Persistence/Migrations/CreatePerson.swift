import FluentKit
import Foundation

package struct CreatePerson: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("partner_id", .uuid, .references("partners", "id"))
            .field("surname", .string, .required)
            .field("given_name", .string, .required)
            .field("patronymic", .string)
            .field("birth_date", .string, .required)
            .field("sex", .string)
            .field("categories", .string, .required)
            .field("grade", .string)
            .field("position", .string)
            .field("subjects", .string, .required)
            .field("teaching_experience_years", .int)
            .field("is_young_specialist", .bool, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("search_key", .string, .required)
            .field("anonymize_due_on", .string)
            .field("anonymized_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("people").delete() }
}
