import Fluent
import FluentKit
import Foundation
import MentoringCore

final class LegalRepresentativeModel: Model, @unchecked Sendable {
    static let schema = "legal_representatives"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "full_name") var fullName: String
    @Field(key: "relation") var relation: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @Siblings(through: RepresentationModel.self, from: \.$representative, to: \.$person) var minors: [PersonModel]

    init() {}
    init(id: UUID? = nil, organizationID: UUID, details: LegalRepresentative.Details) {
        self.id = id
        self.$organization.id = organizationID
        apply(details)
    }

    func apply(_ details: LegalRepresentative.Details) {
        fullName = details.fullName
        relation = details.relation
        phone = details.phone
        email = details.email
    }

    var details: LegalRepresentative.Details {
        .init(fullName: fullName, relation: relation, phone: phone, email: email)
    }
}

/// Links a legal representative to a minor they represent.
final class RepresentationModel: Model, @unchecked Sendable {
    static let schema = "representations"
    @ID(key: .id) var id: UUID?
    @Parent(key: "representative_id") var representative: LegalRepresentativeModel
    @Parent(key: "person_id") var person: PersonModel

    init() {}
}
