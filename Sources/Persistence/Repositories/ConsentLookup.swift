import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// Consents of many people in one query.
package struct ConsentLookup {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    package func consents(of personIDs: [UUID]) async throws -> [UUID: [Consent]] {
        guard !personIDs.isEmpty else { return [:] }
        let sql = db.sql
        var result: [UUID: [Consent]] = [:]
        for chunk in personIDs.chunks(of: 500) {
            for row in try await sql.select().columns(
                "id", "person_id", "kind", "purpose", "representative_id", "signed_on", "valid_until", "withdrawn_on"
            )
            .from(ConsentModel.schema).where("person_id", .in, chunk).all() {
                let consent = try Consent(row: row)
                result[consent.personID.rawValue, default: []].append(consent)
            }
        }
        return result
    }
}
