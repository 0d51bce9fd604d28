import FluentKit
import Foundation
import MentoringCore

/// An organization's own wording of a consent kind: printed on the forms and shown on electronic-consent pages.
package final class ConsentTemplateModel: Model, @unchecked Sendable {
    package static let schema = "consent_templates"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "kind") package var kind: Consent.Kind
    @Field(key: "purpose") package var purpose: String
    @Field(key: "body") package var body: String
    @Field(key: "updated_at") package var updatedAt: Date

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $organization, $kind, $purpose, $body, $updatedAt]) }
}

/// A personal link to give (or withdraw) consents electronically, sent to a legal representative or an adult
/// participant; the texts it shows are fixed when it is made.
package final class ConsentRequestModel: Model, @unchecked Sendable {
    package static let schema = "consent_requests"
    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Parent(key: "person_id") package var person: PersonModel
    /// The signer: a legal representative, or the person themselves when empty.
    @OptionalParent(key: "representative_id") package var representative: LegalRepresentativeModel?
    @OptionalField(key: "email") package var email: String?
    /// The consent kinds asked for, and the text version of each, as `kind=textID` pairs.
    @Field(key: "texts") package var texts: [String: UUID]
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "used_at") package var usedAt: Date?
    @OptionalField(key: "requested_by") package var requestedBy: UUID?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $tokenHash, $person, $representative, $email, $texts, $createdAt, $expiresAt, $usedAt, $requestedBy,
        ])
    }
}

/// The evidence of a simple electronic signature (63-ФЗ, art. 5 p. 2): the typed name, the moment, the address,
/// the link and the exact text's hash.
package final class ConsentSignatureModel: Model, @unchecked Sendable {
    package static let schema = "consent_signatures"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "consent_id") package var consent: ConsentModel
    @Parent(key: "request_id") package var request: ConsentRequestModel
    /// `give` or `withdraw`.
    @Field(key: "action") package var action: String
    @Field(key: "typed_name") package var typedName: String
    @Field(key: "address") package var address: String
    @Field(key: "text_sha256") package var textSHA256: String
    @Field(key: "signed_at") package var signedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $consent, $request, $action, $typedName, $address, $textSHA256, $signedAt])
    }
}
