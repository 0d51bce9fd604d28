import FluentKit
import Foundation
import MentoringCore
import SQLKit

extension PersonModel {
    /// Writes the details set by `apply` and raises the version, in one statement. Made from a named version, the
    /// write happens only if the row still has it; made from none, it applies after whatever was saved before
    /// (the row lock it takes orders edits at once). The new version, or `nil` when nothing was written.
    package func saveDetails(from seen: Int?, on db: any Database) async throws -> Int? {
        var update = db.sql.update(Self.schema)
        for (column, value) in detailColumns { update = update.set(SQLIdentifier(column), to: SQLBind(value)) }
        update = update.set(
            SQLIdentifier("version"), to: SQLBinaryExpression(SQLIdentifier("version"), .add, SQLLiteral.numeric("1")))
        update = update.where(SQLIdentifier("id"), .equal, SQLBind(try requireID()))
        if let seen { update = update.where(SQLIdentifier("version"), .equal, SQLBind(seen)) }
        guard let row = try await update.returning(SQLIdentifier("version")).first() else { return nil }
        version = try row.decode(column: "version", as: Int.self)
        return version
    }

    private var detailColumns: [(String, any Encodable & Sendable)] {
        [
            ("surname", surname), ("given_name", givenName), ("patronymic", patronymic), ("birth_date", birthDate),
            ("sex", sex), ("categories", categories), ("grade", grade), ("position", position),
            ("subjects", subjects), ("teaching_experience_years", teachingExperienceYears),
            ("is_young_specialist", isYoungSpecialist), ("email", email), ("phone", phone),
            ("search_key", searchKey), ("partner_id", $partner.id),
        ]
    }
}
