import FluentKit
import SQLKit

/// Additional agreements get numbers of their own pattern: the organization keeps the pattern, an agreement the year
/// of its number, and a number is taken once a year in an organization — two agreements signed at once cannot share
/// one.
package struct UpdateMentorAgreementAddNumbering: AsyncMigration {
    static let index = "mentor_agreements_number_of_year"

    package func prepare(on database: any Database) async throws {
        try await database.schema("organizations").field("agreement_numbering", .string).update()
        try await database.schema(MentorAgreementModel.schema).field("agreement_year", .int).update()
        try await database.sql.create(index: Self.index).unique().on(MentorAgreementModel.schema)
            .column("organization_id").column("agreement_year").column("agreement_number").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.sql.drop(index: Self.index).run()
        try await database.schema(MentorAgreementModel.schema).deleteField("agreement_year").update()
        try await database.schema("organizations").deleteField("agreement_numbering").update()
    }
}
