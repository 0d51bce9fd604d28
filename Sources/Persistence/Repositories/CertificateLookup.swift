import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// The newest certificate of no criminal record of many people in one query, without the scans.
package struct CertificateLookup {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    package struct Recorded: Sendable {
        package var id: UUID
        package var certificate: CriminalRecordCertificate
        package var hasScan: Bool
    }

    /// Every certificate of a person, newest issue first.
    package func history(of personID: UUID) async throws -> [Recorded] {
        try await rows { $0.where("person_id", .equal, personID) }.map(\.1)
    }

    /// The newest certificate of each of these people (by issue date; the later recorded of one day).
    package func latest(of personIDs: [UUID]) async throws -> [UUID: CriminalRecordCertificate] {
        var result: [UUID: CriminalRecordCertificate] = [:]
        for chunk in Array(Set(personIDs)).chunks(of: 500) {
            for (person, recorded) in try await rows({ $0.where("person_id", .in, chunk) })
            where result[person] == nil {
                result[person] = recorded.certificate
            }
        }
        return result
    }

    private func rows(
        _ narrow: (SQLSelectBuilder) -> SQLSelectBuilder
    ) async throws -> [(UUID, Recorded)] {
        let select = db.sql.select().from(CriminalRecordCertificateModel.schema)
            .columns("id", "person_id", "number", "issued_on", "issued_by")
            .column(SQLAlias(SQLRaw("scan_name IS NOT NULL"), as: SQLIdentifier("has_scan")))
            .orderBy("issued_on", .descending).orderBy("recorded_at", .descending)
        return try await narrow(select).all().map { row in
            let row = ColumnReader(row)
            let certificate = CriminalRecordCertificate(
                number: try row.decode(column: "number", as: String.self),
                issuedOn: try row.day("issued_on"),
                issuedBy: try row.decode(column: "issued_by", as: String.self))
            let recorded = Recorded(
                id: try row.decode(column: "id", as: UUID.self), certificate: certificate,
                hasScan: try row.decode(column: "has_scan", as: Bool.self))
            return (try row.decode(column: "person_id", as: UUID.self), recorded)
        }
    }
}
