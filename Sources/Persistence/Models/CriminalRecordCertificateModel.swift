import FluentKit
import Foundation
import MentoringCore

/// A certificate of no criminal record as recorded on a person's card; a newer one supersedes it, none is edited.
package final class CriminalRecordCertificateModel: Model, @unchecked Sendable {
    package static let schema = "criminal_record_certificates"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Parent(key: "person_id") package var person: PersonModel
    @Field(key: "number") package var number: String
    @Field(key: "issued_on") package var issuedOn: CalendarDate
    @Field(key: "issued_by") package var issuedBy: String
    @OptionalField(key: "scan_name") package var scanName: String?
    @OptionalField(key: "scan_type") package var scanType: String?
    @OptionalField(key: "scan_data") package var scanData: Data?
    @Field(key: "recorded_at") package var recordedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $person, $number, $issuedOn, $issuedBy, $scanName, $scanType, $scanData, $recordedAt,
        ])
    }
    package init(
        organizationID: UUID, personID: UUID, certificate: CriminalRecordCertificate, recordedAt: Date
    ) {
        $organization.id = organizationID
        $person.id = personID
        number = certificate.number
        issuedOn = certificate.issuedOn
        issuedBy = certificate.issuedBy
        self.recordedAt = recordedAt
    }

    package var value: CriminalRecordCertificate {
        CriminalRecordCertificate(number: number, issuedOn: issuedOn, issuedBy: issuedBy)
    }
}
