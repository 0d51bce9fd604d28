import FluentKit
import Foundation
import MentoringCore
import SQLKit

extension OrganizationModel {
    /// One organization with its municipality in one plain statement: every request about an organization's data
    /// reads it to decide the user's access.
    package static func find(withMunicipality id: UUID, on db: any Database) async throws -> OrganizationModel? {
        let row = try await db.sql.raw(
            """
            SELECT \(unsafeRaw: joinedColumns) FROM \(ident: schema) o
            JOIN \(ident: MunicipalityModel.schema) m ON m.id = o.municipality_id WHERE o.id = \(bind: id)
            """
        ).first()
        return try row.map { try read(id: id, from: $0) }
    }

    /// The columns of an organization `o` and its municipality `m` in a statement, each named with `joinedPrefix`.
    static let joinedColumns =
        (SQLJoinedColumns.aliased(columnNames, of: "o", as: joinedPrefix)
        + ["m.region_id AS \(joinedPrefix)municipality_region_id", "m.name AS \(joinedPrefix)municipality_name"])
        .joined(separator: ", ")

    private static let joinedPrefix = "organization_"
    private static let columnNames = [
        "municipality_id", "kind", "full_name", "short_name", "address", "head_name", "head_position", "site_url",
        "electronic_consent", "certificate_validity_months", "requires_mentor_agreement", "order_numbering",
        "agreement_numbering",
    ]

    /// The organization `id` with its municipality, from a row with the `joinedColumns`.
    static func read(id: UUID, from row: any SQLRow) throws -> OrganizationModel {
        let row = ColumnReader(row, prefix: joinedPrefix)
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
