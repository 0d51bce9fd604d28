import FluentKit
import Foundation
import MentoringCore

/// The words an organization or a municipality writes on its public section: one row per owner.
package final class PublicSectionModel: Model, @unchecked Sendable {
    package static let schema = "public_sections"
    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "organization_id") package var organization: OrganizationModel?
    @OptionalParent(key: "municipality_id") package var municipality: MunicipalityModel?
    @OptionalField(key: "intro") package var intro: String?
    @OptionalField(key: "contacts") package var contacts: String?
    @Field(key: "updated_at") package var updatedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $municipality, $intro, $contacts, $updatedAt])
    }

    package var details: PublicSectionDetails {
        get { PublicSectionDetails(intro: intro, contacts: contacts) }
        set { (intro, contacts) = (newValue.intro, newValue.contacts) }
    }
}

/// A piece of news of an organization (its municipality kept beside it) or of a municipality itself.
package final class NewsModel: Model, @unchecked Sendable {
    package static let schema = "news"
    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "organization_id") package var organization: OrganizationModel?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "title") package var title: String
    @Field(key: "body") package var body: String
    @Field(key: "published_on") package var publishedOn: CalendarDate
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $municipality, $title, $body, $publishedOn, $createdBy, $createdAt])
    }

    package var details: NewsDetails {
        get { NewsDetails(title: title, body: body, publishedOn: publishedOn) }
        set { (title, body, publishedOn) = (newValue.title, newValue.body, newValue.publishedOn) }
    }
}

/// An offer to mentor sent from the public page: the person it made in the organization and, where one of its
/// programs takes such mentors, the candidate's place in that program's mentor base. One per e-mail address.
package final class MentorApplicationModel: Model, @unchecked Sendable {
    package static let schema = "mentor_applications"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Parent(key: "person_id") package var person: PersonModel
    @OptionalParent(key: "program_id") package var program: ProgramModel?
    @Field(key: "kind") package var kind: MentorApplicantKind
    @Field(key: "alumnus") package var alumnus: Bool
    @Field(key: "workplace") package var workplace: String
    @Field(key: "offer") package var offer: String
    /// The e-mail address in lower case: the key that makes a second sending of the same form one application.
    @Field(key: "email_key") package var emailKey: String
    @Field(key: "client_address") package var clientAddress: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $person, $program, $kind, $alumnus, $workplace, $offer, $emailKey, $clientAddress,
            $createdAt,
        ])
    }
}
