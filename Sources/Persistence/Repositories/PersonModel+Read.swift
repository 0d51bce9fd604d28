import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// A person as every card and API call of a person starts with them: with the employer, the organization (and its
/// municipality) that decides the user's access, and the consents.
package struct PersonRecord {
    package var person: PersonModel
    package var organization: OrganizationModel
    package var consents: [Consent]
}

extension PersonModel {
    /// The person's record in one plain statement, a row per consent. The model saves as one read by Fluent would
    /// (every column is written back).
    package static func record(_ id: UUID, on db: any Database) async throws -> PersonRecord? {
        let rows = try await db.sql.raw(
            """
            SELECT p.*, pt.name AS partner_name, \(unsafeRaw: OrganizationModel.joinedColumns),
            \(unsafeRaw: Consent.joinedColumns) FROM \(ident: schema) p
            JOIN \(ident: OrganizationModel.schema) o ON o.id = p.organization_id
            JOIN \(ident: MunicipalityModel.schema) m ON m.id = o.municipality_id
            LEFT JOIN \(ident: PartnerModel.schema) pt ON pt.id = p.partner_id
            LEFT JOIN \(ident: ConsentModel.schema) c ON c.person_id = p.id WHERE p.id = \(bind: id)
            """
        ).all()
        guard let row = rows.first else { return nil }
        let person = try PersonModel(row: row)
        if let partnerID = person.$partner.id {
            person.$partner.value = PartnerModel(
                id: partnerID, organizationID: person.$organization.id,
                name: try row.decode(column: "partner_name", as: String.self))
        } else {
            person.$partner.value = .some(nil)
        }
        return PersonRecord(
            person: person, organization: try OrganizationModel.read(id: person.$organization.id, from: row),
            consents: try rows.compactMap(Consent.init(joined:)))
    }
}
