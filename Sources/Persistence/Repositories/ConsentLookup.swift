import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// Consents of many people in one query.
package struct ConsentLookup {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    package func consents(of personID: UUID) async throws -> [Consent] {
        try await consents(of: [personID])[personID] ?? []
    }

    /// The consents of every person of an organization, in one query.
    package func consents(ofPeopleIn organizationID: UUID) async throws -> [UUID: [Consent]] {
        var result: [UUID: [Consent]] = [:]
        for row in try await db.sql.select().columns(Self.columns.map { SQLColumn($0, table: "c") })
            .from(SQLAlias(SQLIdentifier(ConsentModel.schema), as: SQLIdentifier("c")))
            .join(
                SQLAlias(SQLIdentifier(PersonModel.schema), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"),
                .equal, SQLColumn("person_id", table: "c")
            )
            .where(SQLColumn("organization_id", table: "p"), .equal, SQLBind(organizationID)).all()
        {
            let consent = try Consent(row: row)
            result[consent.personID.rawValue, default: []].append(consent)
        }
        return result
    }

    private static let columns = [
        "id", "person_id", "kind", "purpose", "representative_id", "signed_on", "valid_until", "withdrawn_on",
    ]

    package func consents(of personIDs: [UUID]) async throws -> [UUID: [Consent]] {
        guard !personIDs.isEmpty else { return [:] }
        let sql = db.sql
        var result: [UUID: [Consent]] = [:]
        for chunk in personIDs.chunks(of: 500) {
            for row in try await sql.select().columns(Self.columns.map { SQLColumn($0) })
                .from(ConsentModel.schema).where("person_id", .in, chunk).all()
            {
                let consent = try Consent(row: row)
                result[consent.personID.rawValue, default: []].append(consent)
            }
        }
        return result
    }
}
