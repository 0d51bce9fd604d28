import FluentKit
import Foundation
import MentoringCore

package final class OrganizationModel: Model, @unchecked Sendable {
    package static let schema = "organizations"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "kind") package var kind: Organization.Kind
    @Field(key: "full_name") package var fullName: String
    @Field(key: "short_name") package var shortName: String
    @OptionalField(key: "address") package var address: String?
    @OptionalField(key: "head_name") package var headName: String?
    @OptionalField(key: "head_position") package var headPosition: String?
    @OptionalField(key: "site_url") package var siteURL: String?
    /// Whether legal representatives and adult participants may give consents through a personal link.
    @Field(key: "electronic_consent") package var electronicConsent: Bool
    /// How many months a certificate of no criminal record is accepted after its issue.
    @Field(key: "certificate_validity_months") package var certificateValidityMonths: Int
    /// Whether a pair may start only when its mentor's consent and additional agreement are signed (art. 351.8).
    @Field(key: "requires_mentor_agreement") package var requiresMentorAgreement: Bool

    package init() {}
    package init(id: UUID? = nil, municipalityID: UUID, details: Organization.Details) {
        self.id = id
        self.$municipality.id = municipalityID
        electronicConsent = false
        certificateValidityMonths = CriminalRecordCertificate.defaultValidityMonths
        requiresMentorAgreement = false
        apply(details)
    }

    package func apply(_ details: Organization.Details) {
        kind = details.kind
        fullName = details.fullName
        shortName = details.shortName
        address = details.address
        headName = details.headName
        headPosition = details.headPosition
        siteURL = details.siteURL
    }

    package var details: Organization.Details {
        .init(
            kind: kind, fullName: fullName, shortName: shortName,
            address: address, headName: headName, headPosition: headPosition, siteURL: siteURL)
    }

    package var typedID: Organization.ID { Organization.ID(id!) }

    package var value: Organization {
        get throws {
            Organization(id: .init(try requireID()), municipalityID: .init($municipality.id), details: details)
        }
    }
}

package final class PartnerModel: Model, @unchecked Sendable {
    package static let schema = "partners"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "name") package var name: String

    package init() {}
    package init(id: UUID? = nil, organizationID: UUID, name: String) {
        self.id = id
        self.$organization.id = organizationID
        self.name = name
    }
}
