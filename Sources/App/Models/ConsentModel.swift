import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The exact text a consent was given for. Rows are only ever inserted; the hash identifies the version.
final class ConsentTextModel: Model, @unchecked Sendable {
    static let schema = "consent_texts"
    @ID(key: .id) var id: UUID?
    @Field(key: "sha256") var sha256: String
    @Field(key: "body") var body: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
    init(id: UUID? = nil, sha256: String, body: String) {
        self.id = id
        self.sha256 = sha256
        self.body = body
    }
}

final class ConsentModel: Model, @unchecked Sendable {
    static let schema = "consents"
    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "kind") var kind: Consent.Kind
    @Field(key: "purpose") var purpose: String
    @OptionalParent(key: "representative_id") var representative: LegalRepresentativeModel?
    @Field(key: "signed_on") var signedOn: CalendarDate
    @OptionalField(key: "valid_until") var validUntil: CalendarDate?
    @OptionalField(key: "withdrawn_on") var withdrawnOn: CalendarDate?
    @Parent(key: "text_id") var text: ConsentTextModel
    @OptionalChild(for: \.$consent) var scan: ConsentScanModel?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        personID: UUID, kind: Consent.Kind, purpose: String, signer: Consent.Signer, signedOn: CalendarDate,
        validUntil: CalendarDate?, textID: UUID
    ) {
        self.$person.id = personID
        self.kind = kind
        self.purpose = purpose
        if case .representative(let id) = signer { self.$representative.id = id.rawValue }
        self.signedOn = signedOn
        self.validUntil = validUntil
        self.$text.id = textID
    }

    /// The fields a new consent records, as the audit log names them.
    static let auditFields = ["kind", "purpose", "signedBy", "signedOn", "validUntil", "text"]

    /// Needs `scan` loaded.
    var hasScan: Bool { (($scan.value) ?? nil) != nil }

    var consent: Consent {
        Consent(
            id: Consent.ID(id!), personID: Person.ID($person.id),
            kind: kind, purpose: purpose,
            signer: $representative.id.map { .representative(LegalRepresentative.ID($0)) } ?? .subject,
            signedOn: signedOn, validUntil: validUntil, withdrawnOn: withdrawnOn)
    }
}

/// The scanned paper of a consent, kept in the database so that every app node serves it.
final class ConsentScanModel: Model, @unchecked Sendable {
    static let schema = "consent_scans"
    @ID(key: .id) var id: UUID?
    @Parent(key: "consent_id") var consent: ConsentModel
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "data") var data: Data

    init() {}
    init(consentID: UUID, fileName: String, contentType: String, data: Data) {
        self.$consent.id = consentID
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}
