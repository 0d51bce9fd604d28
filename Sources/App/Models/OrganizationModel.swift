import Fluent
import FluentKit
import Foundation
import MentoringCore

final class OrganizationModel: Model, @unchecked Sendable {
    static let schema = "organizations"
    @ID(key: .id) var id: UUID?
    @Parent(key: "municipality_id") var municipality: MunicipalityModel
    @Field(key: "kind") var kind: Organization.Kind
    @Field(key: "full_name") var fullName: String
    @Field(key: "short_name") var shortName: String
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "head_name") var headName: String?
    @OptionalField(key: "head_position") var headPosition: String?
    @OptionalField(key: "site_url") var siteURL: String?
    /// Whether legal representatives and adult participants may give consents through a personal link.
    @Field(key: "electronic_consent") var electronicConsent: Bool

    init() {}
    init(id: UUID? = nil, municipalityID: UUID, details: Organization.Details) {
        self.id = id
        self.$municipality.id = municipalityID
        electronicConsent = false
        apply(details)
    }

    func apply(_ details: Organization.Details) {
        kind = details.kind
        fullName = details.fullName
        shortName = details.shortName
        address = details.address
        headName = details.headName
        headPosition = details.headPosition
        siteURL = details.siteURL
    }

    var details: Organization.Details {
        .init(
            kind: kind, fullName: fullName, shortName: shortName,
            address: address, headName: headName, headPosition: headPosition, siteURL: siteURL)
    }

    var typedID: Organization.ID { Organization.ID(id!) }
}

final class PartnerModel: Model, @unchecked Sendable {
    static let schema = "partners"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "name") var name: String

    init() {}
    init(id: UUID? = nil, organizationID: UUID, name: String) {
        self.id = id
        self.$organization.id = organizationID
        self.name = name
    }
}
