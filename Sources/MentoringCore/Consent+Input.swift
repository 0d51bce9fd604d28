import Foundation

/// The consent form as typed: kind, purpose, who signed, dates, and the exact text signed.
public struct ConsentInput: Codable, Sendable, Equatable {
    public var kind: String?
    public var purpose: String?
    /// `subject`, or the id of a legal representative linked to the person.
    public var signedBy: String?
    public var signedOn: String?
    public var validUntil: String?
    public var text: String?

    public init(
        kind: String? = nil, purpose: String? = nil, signedBy: String? = nil, signedOn: String? = nil,
        validUntil: String? = nil, text: String? = nil
    ) {
        self.kind = kind
        self.purpose = purpose
        self.signedBy = signedBy
        self.signedOn = signedOn
        self.validUntil = validUntil
        self.text = text
    }

    public struct Valid: Equatable, Sendable {
        public var kind: Consent.Kind
        public var purpose: String
        public var signer: Consent.Signer
        public var signedOn: CalendarDate
        public var validUntil: CalendarDate?
        public var text: String
    }

    /// Checks the form against the person: a minor's consent must come from one of their representatives.
    public func validated(
        for person: Person.Details, representatives: [LegalRepresentative.ID],
        today: CalendarDate
    ) throws(ValidationFailure) -> Valid {
        var reader = FieldReader()
        let kind: Consent.Kind? = reader.choice("kind", kind, required: true)
        let purpose = reader.required("purpose", purpose, message: "Укажите цель обработки.", maxLength: 1000)
        let text = reader.required(
            "text", text, message: "Приложите текст согласия, под которым стоит подпись.", maxLength: 20000)
        let signedOn = reader.date("signedOn", signedOn, required: true)
        if let signedOn, signedOn > today {
            reader.failure.add("signedOn", "Дата подписания не может быть в будущем.")
        }
        let validUntil = reader.date("validUntil", validUntil, required: false)
        if let validUntil, let signedOn, validUntil < signedOn {
            reader.failure.add("validUntil", "Срок действия не может закончиться раньше подписания.")
        }
        var signer = Consent.Signer.subject
        let minor = person.isMinor(on: signedOn ?? today)
        switch reader.optional(signedBy) {
        case nil, "subject":
            if minor {
                reader.failure.add("signedBy", "За несовершеннолетнего согласие подписывает законный представитель.")
            }
        case let text?:
            if let id = LegalRepresentative.ID(string: text), representatives.contains(id) {
                signer = .representative(id)
            } else {
                reader.failure.add("signedBy", "Выберите законного представителя этого участника.")
            }
        }
        try reader.failure.throwIfAny()
        return Valid(
            kind: kind!, purpose: purpose, signer: signer, signedOn: signedOn!, validUntil: validUntil, text: text)
    }
}
