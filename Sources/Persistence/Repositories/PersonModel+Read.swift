import FluentKit
import Foundation
import MentoringCore
import SQLKit

extension PersonModel {
    /// One person with their employer, if any, in one plain statement: the read every card and API call of a person
    /// starts with. The model saves as one read by Fluent would (every column is written back).
    package static func find(withPartner id: UUID, on db: any Database) async throws -> PersonModel? {
        let row = try await db.sql.raw(
            """
            SELECT p.*, pt.name AS partner_name FROM \(ident: schema) p
            LEFT JOIN \(ident: PartnerModel.schema) pt ON pt.id = p.partner_id WHERE p.id = \(bind: id)
            """
        ).first()
        guard let row else { return nil }
        let person = try PersonModel(row: row)
        if let partnerID = person.$partner.id {
            person.$partner.value = PartnerModel(
                id: partnerID, organizationID: person.$organization.id,
                name: try row.decode(column: "partner_name", as: String.self))
        } else {
            person.$partner.value = .some(nil)
        }
        return person
    }
}

extension OrganizationModel {
    /// One organization with its municipality in one plain statement: every request about an organization's data
    /// reads it to decide the user's access.
    package static func find(withMunicipality id: UUID, on db: any Database) async throws -> OrganizationModel? {
        let row = try await db.sql.raw(
            """
            SELECT o.*, m.region_id AS municipality_region_id, m.name AS municipality_name FROM \(ident: schema) o
            JOIN \(ident: MunicipalityModel.schema) m ON m.id = o.municipality_id WHERE o.id = \(bind: id)
            """
        ).first()
        guard let row = row.map(ColumnReader.init) else { return nil }
        let details = Organization.Details(
            kind: try row.decode(column: "kind", as: Organization.Kind.self),
            fullName: try row.decode(column: "full_name", as: String.self),
            shortName: try row.decode(column: "short_name", as: String.self),
            address: try row.optional("address", as: String.self),
            headName: try row.optional("head_name", as: String.self),
            headPosition: try row.optional("head_position", as: String.self),
            siteURL: try row.optional("site_url", as: String.self))
        let municipalityID = try row.decode(column: "municipality_id", as: UUID.self)
        let org = OrganizationModel(id: id, municipalityID: municipalityID, details: details)
        org.electronicConsent = try row.decode(column: "electronic_consent", as: Bool.self)
        org.certificateValidityMonths = try row.decode(column: "certificate_validity_months", as: Int.self)
        org.requiresMentorAgreement = try row.decode(column: "requires_mentor_agreement", as: Bool.self)
        org.orderNumbering = try row.optional("order_numbering", as: String.self)
        org.agreementNumbering = try row.optional("agreement_numbering", as: String.self)
        org.$municipality.value = MunicipalityModel(
            id: municipalityID, regionID: try row.decode(column: "municipality_region_id", as: UUID.self),
            name: try row.decode(column: "municipality_name", as: String.self))
        org.$id.exists = true
        return org
    }
}
