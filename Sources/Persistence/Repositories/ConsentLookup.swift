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
        let people = SQLSubquery.select {
            $0.column("id").from(PersonModel.schema).where("organization_id", .equal, organizationID)
        }
        return try await consents { $0.where(SQLIdentifier("person_id"), .in, people) }
    }

    package func consents(of personIDs: [UUID]) async throws -> [UUID: [Consent]] {
        var result: [UUID: [Consent]] = [:]
        for chunk in personIDs.chunks(of: 500) {
            result.merge(try await consents { $0.where("person_id", .in, chunk) }) { $0 + $1 }
        }
        return result
    }

    /// The consents `narrow` picks, by person.
    private func consents(
        _ narrow: (SQLSelectBuilder) -> SQLSelectBuilder
    ) async throws -> [UUID: [Consent]] {
        var result: [UUID: [Consent]] = [:]
        let select = db.sql.select().from(ConsentModel.schema).columns(Consent.columnNames.map { SQLIdentifier($0) })
        for row in try await narrow(select).all() {
            let consent = try Consent(row: row)
            result[consent.personID.rawValue, default: []].append(consent)
        }
        return result
    }
}
