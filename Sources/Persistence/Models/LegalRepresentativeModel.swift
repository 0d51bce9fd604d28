import FluentKit
import Foundation
import MentoringCore

package final class LegalRepresentativeModel: Model, @unchecked Sendable {
    package static let schema = "legal_representatives"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "full_name") package var fullName: String
    @Field(key: "relation") package var relation: String
    @OptionalField(key: "phone") package var phone: String?
    @OptionalField(key: "email") package var email: String?
    @Siblings(through: RepresentationModel.self, from: \.$representative, to: \.$person) package var minors:
        [PersonModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $fullName, $relation, $phone, $email, $minors])
    }
    package init(id: UUID? = nil, organizationID: UUID, details: LegalRepresentative.Details) {
        self.id = id
        self.$organization.id = organizationID
        apply(details)
    }

    package func apply(_ details: LegalRepresentative.Details) {
        fullName = details.fullName
        relation = details.relation
        phone = details.phone
        email = details.email
    }

    package var details: LegalRepresentative.Details {
        .init(fullName: fullName, relation: relation, phone: phone, email: email)
    }

    package var value: LegalRepresentative {
        get throws { LegalRepresentative(id: .init(try requireID()), details: details) }
    }
}

/// Links a legal representative to a minor they represent.
package final class RepresentationModel: Model, @unchecked Sendable {
    package static let schema = "representations"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "representative_id") package var representative: LegalRepresentativeModel
    @Parent(key: "person_id") package var person: PersonModel

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $representative, $person]) }
}
