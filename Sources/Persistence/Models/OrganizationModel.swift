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
    /// The pattern of its order numbers, «{N}-о»; nil when numbers are typed freely.
    @OptionalField(key: "order_numbering") package var orderNumbering: String?
    @OptionalField(key: "agreement_numbering") package var agreementNumbering: String?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $municipality, $kind, $fullName, $shortName, $address, $headName, $headPosition, $siteURL,
            $electronicConsent, $certificateValidityMonths, $requiresMentorAgreement, $orderNumbering,
            $agreementNumbering,
        ])
    }
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
    @OptionalField(key: "kind") package var kind: PartnerKind?
    @OptionalField(key: "inn") package var inn: String?
    @OptionalField(key: "address") package var address: String?
    @OptionalField(key: "contact_name") package var contactName: String?
    @OptionalField(key: "contact_phone") package var contactPhone: String?
    @OptionalField(key: "contact_email") package var contactEmail: String?
    @OptionalField(key: "agreement_number") package var agreementNumber: String?
    @OptionalField(key: "agreement_signed_on") package var agreementSignedOn: CalendarDate?
    @OptionalField(key: "agreement_valid_until") package var agreementValidUntil: CalendarDate?
    @OptionalField(key: "scan_name") package var scanName: String?
    @OptionalField(key: "scan_type") package var scanType: String?
    @OptionalField(key: "scan_data") package var scanData: Data?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $name, $kind, $inn, $address, $contactName, $contactPhone, $contactEmail,
            $agreementNumber, $agreementSignedOn, $agreementValidUntil, $scanName, $scanType, $scanData,
        ])
    }
    package init(id: UUID? = nil, organizationID: UUID, name: String) {
        self.id = id
        self.$organization.id = organizationID
        self.name = name
    }
}

extension PartnerModel {
    /// A partner made from a person's employer name has no kind yet: an enterprise, as employers are.
    package var details: PartnerDetails {
        get {
            var details = PartnerDetails(kind: kind ?? .enterprise, name: name)
            (details.inn, details.address) = (inn, address)
            (details.contactName, details.contactPhone, details.contactEmail) = (
                contactName, contactPhone, contactEmail
            )
            details.agreementNumber = agreementNumber
            (details.agreementSignedOn, details.agreementValidUntil) = (agreementSignedOn, agreementValidUntil)
            return details
        }
        set {
            (kind, name, inn, address) = (newValue.kind, newValue.name, newValue.inn, newValue.address)
            (contactName, contactPhone, contactEmail) = (
                newValue.contactName, newValue.contactPhone, newValue.contactEmail
            )
            agreementNumber = newValue.agreementNumber
            (agreementSignedOn, agreementValidUntil) = (newValue.agreementSignedOn, newValue.agreementValidUntil)
        }
    }

    /// The partners of an organization without their scans.
    package static func list(of organizationID: UUID, on db: any Database) async throws -> [PartnerModel] {
        try await query(on: db).filter(\.$organization.$id == organizationID).sort(\.$name)
            .field(\.$id).field(\.$organization.$id).field(\.$name).field(\.$kind).field(\.$inn).field(\.$address)
            .field(\.$contactName).field(\.$contactPhone).field(\.$contactEmail).field(\.$agreementNumber)
            .field(\.$agreementSignedOn).field(\.$agreementValidUntil).field(\.$scanName).all()
    }
}
