import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Organizations' own consent wordings, the switch for electronic consent, electronic-consent links and the
/// evidence of each electronic signature.
package struct CreateConsentTemplate: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(ConsentTemplateModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("purpose", .string, .required)
            .field("body", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id", "kind")
            .create()
        try await database.schema(OrganizationModel.schema)
            .field("electronic_consent", .bool, .required, .sql(.default(false))).update()
        try await database.schema(ConsentRequestModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("representative_id", .uuid, .references("legal_representatives", "id", onDelete: .cascade))
            .field("email", .string)
            .field("texts", .json, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("requested_by", .uuid)
            .unique(on: "token_hash")
            .create()
        try await database.schema(ConsentSignatureModel.schema)
            .id()
            .field("consent_id", .uuid, .required, .references("consents", "id", onDelete: .cascade))
            .field("request_id", .uuid, .required, .references("consent_requests", "id", onDelete: .cascade))
            .field("action", .string, .required)
            .field("typed_name", .string, .required)
            .field("address", .string, .required)
            .field("text_sha256", .string, .required)
            .field("signed_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ConsentSignatureModel.schema).delete()
        try await database.schema(ConsentRequestModel.schema).delete()
        try await database.schema(OrganizationModel.schema).deleteField("electronic_consent").update()
        try await database.schema(ConsentTemplateModel.schema).delete()
    }
}
