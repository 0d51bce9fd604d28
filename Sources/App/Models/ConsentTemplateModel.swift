import Fluent
import FluentKit
import Foundation
import MentoringCore

/// An organization's own wording of a consent kind: printed on the forms and shown on electronic-consent pages.
final class ConsentTemplateModel: Model, @unchecked Sendable {
    static let schema = "consent_templates"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "kind") var kind: Consent.Kind
    @Field(key: "purpose") var purpose: String
    @Field(key: "body") var body: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

/// A personal link to give (or withdraw) consents electronically, sent to a legal representative or an adult
/// participant; the texts it shows are fixed when it is made.
final class ConsentRequestModel: Model, @unchecked Sendable {
    static let schema = "consent_requests"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "person_id") var person: PersonModel
    /// The signer: a legal representative, or the person themselves when empty.
    @OptionalParent(key: "representative_id") var representative: LegalRepresentativeModel?
    @OptionalField(key: "email") var email: String?
    /// The consent kinds asked for, and the text version of each, as `kind=textID` pairs.
    @Field(key: "texts") var texts: [String: UUID]
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "requested_by") var requestedBy: UUID?

    init() {}
}

/// The evidence of a simple electronic signature (63-ФЗ, art. 5 p. 2): the typed name, the moment, the address,
/// the link and the exact text's hash.
final class ConsentSignatureModel: Model, @unchecked Sendable {
    static let schema = "consent_signatures"
    @ID(key: .id) var id: UUID?
    @Parent(key: "consent_id") var consent: ConsentModel
    @Parent(key: "request_id") var request: ConsentRequestModel
    /// `give` or `withdraw`.
    @Field(key: "action") var action: String
    @Field(key: "typed_name") var typedName: String
    @Field(key: "address") var address: String
    @Field(key: "text_sha256") var textSHA256: String
    @Field(key: "signed_at") var signedAt: Date

    init() {}
}
