import FluentKit
import FluentSQL
import SQLKit

/// Each pair's or group's papers with its mentor under Labour Code art. 351.8 — the written consent, the additional
/// agreement with the payment — and whether the organization lets a pair start before they are signed.
package struct CreateMentorAgreement: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(MentorAgreementModel.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references("mentorships", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("employee", .bool, .required)
            .field("payment_kind", .string, .required)
            .field("payment_value", .int, .required)
            .field("consent_signed_on", .string)
            .field("agreement_number", .string)
            .field("agreement_signed_on", .string)
            .field("edited_by", .string, .required)
            .field("edited_at", .datetime, .required)
            .unique(on: "mentorship_id")
            .create()
        try await database.schema("organizations")
            .field("requires_mentor_agreement", .bool, .required, .sql(.default(false)))
            .update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("organizations").deleteField("requires_mentor_agreement").update()
        try await database.schema(MentorAgreementModel.schema).delete()
    }
}
