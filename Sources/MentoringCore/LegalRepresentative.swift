import Foundation

/// A parent or guardian (законный представитель) who signs consents for a minor.
public struct LegalRepresentative: Equatable, Sendable {
    public typealias ID = Identifier<LegalRepresentative>

    public struct Details: Equatable, Codable, Sendable {
        public var fullName: String
        /// «мать», «отец», «опекун» ...
        public var relation: String
        public var phone: String?
        public var email: String?

        public init(fullName: String, relation: String, phone: String? = nil, email: String? = nil) {
            self.fullName = fullName
            self.relation = relation
            self.phone = phone
            self.email = email
        }

        public static let allFields = ["fullName", "relation", "phone", "email"]
    }

    public var id: ID
    public var details: Details

    public init(id: ID, details: Details) {
        self.id = id
        self.details = details
    }
}

/// The representative form as typed.
public struct LegalRepresentativeInput: Codable, Sendable, Equatable {
    public var fullName: String?
    public var relation: String?
    public var phone: String?
    public var email: String?

    public init(fullName: String? = nil, relation: String? = nil, phone: String? = nil, email: String? = nil) {
        self.fullName = fullName
        self.relation = relation
        self.phone = phone
        self.email = email
    }

    public func validated() throws(ValidationFailure) -> LegalRepresentative.Details {
        var reader = FieldReader()
        let name = reader.required("fullName", fullName, message: "Укажите фамилию, имя и отчество.")
        let relation = reader.required(
            "relation", relation, message: "Укажите, кем приходится (мать, отец, опекун).", maxLength: 50)
        let phone = reader.optionalLimited("phone", phone, maxLength: 30)
        if let phone, !ContactRules.isPhone(phone) {
            reader.failure.add("phone", "Номер — только цифры, пробелы, скобки, «+» и «-».")
        }
        let email = reader.optionalLimited("email", email)
        if let email, !ContactRules.isEmail(email) {
            reader.failure.add("email", "Адрес электронной почты выглядит неверно.")
        }
        if phone == nil, email == nil {
            reader.failure.add("phone", "Укажите телефон или электронную почту для связи.")
        }
        try reader.failure.throwIfAny()
        return .init(fullName: name, relation: relation, phone: phone, email: email)
    }
}
