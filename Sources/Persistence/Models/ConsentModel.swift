import FluentKit
import Foundation
import MentoringCore

/// The exact text a consent was given for. Rows are only ever inserted; the hash identifies the version.
package final class ConsentTextModel: Model, @unchecked Sendable {
    package static let schema = "consent_texts"
    @ID(key: .id) package var id: UUID?
    @Field(key: "sha256") package var sha256: String
    @Field(key: "body") package var body: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $sha256, $body, $createdAt]) }
    package init(id: UUID? = nil, sha256: String, body: String) {
        self.id = id
        self.sha256 = sha256
        self.body = body
    }
}

package final class ConsentModel: Model, @unchecked Sendable {
    package static let schema = "consents"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "person_id") package var person: PersonModel
    @Field(key: "kind") package var kind: Consent.Kind
    @Field(key: "purpose") package var purpose: String
    @OptionalParent(key: "representative_id") package var representative: LegalRepresentativeModel?
    @Field(key: "signed_on") package var signedOn: CalendarDate
    @OptionalField(key: "valid_until") package var validUntil: CalendarDate?
    @OptionalField(key: "withdrawn_on") package var withdrawnOn: CalendarDate?
    @Parent(key: "text_id") package var text: ConsentTextModel
    @OptionalChild(for: \.$consent) package var scan: ConsentScanModel?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $person, $kind, $purpose, $representative, $signedOn, $validUntil, $withdrawnOn, $text, $scan,
            $createdAt,
        ])
    }

    package init(
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
    package static let auditFields = ["kind", "purpose", "signedBy", "signedOn", "validUntil", "text"]

    /// Needs `scan` loaded.
    package var hasScan: Bool { (($scan.value) ?? nil) != nil }

    package var consent: Consent {
        Consent(
            id: Consent.ID(id!), personID: Person.ID($person.id),
            kind: kind, purpose: purpose,
            signer: $representative.id.map { .representative(LegalRepresentative.ID($0)) } ?? .subject,
            signedOn: signedOn, validUntil: validUntil, withdrawnOn: withdrawnOn)
    }
}

/// The scanned paper of a consent, kept in the database so that every app node serves it.
package final class ConsentScanModel: Model, @unchecked Sendable {
    package static let schema = "consent_scans"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "consent_id") package var consent: ConsentModel
    @Field(key: "file_name") package var fileName: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "data") package var data: Data

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $consent, $fileName, $contentType, $data]) }
    package init(consentID: UUID, fileName: String, contentType: String, data: Data) {
        self.$consent.id = consentID
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}
