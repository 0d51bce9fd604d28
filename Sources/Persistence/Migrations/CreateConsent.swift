import FluentKit
import Foundation

package struct CreateConsent: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("consents")
            .id()
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("kind", .string, .required)
            .field("purpose", .string, .required)
            .field("representative_id", .uuid, .references("legal_representatives", "id"))
            .field("signed_on", .string, .required)
            .field("valid_until", .string)
            .field("withdrawn_on", .string)
            .field("text_id", .uuid, .required, .references("consent_texts", "id"))
            .field("created_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("consents").delete() }
}
