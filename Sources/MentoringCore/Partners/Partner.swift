import Foundation

/// An organization's partner that supplies mentors — an enterprise, a university, a college, a cultural or sports
/// institution — with its requisites, its contact person and the cooperation agreement (соглашение о сотрудничестве).
public enum PartnerKind: String, CaseIterable, Codable, Sendable {
    case enterprise
    case university
    case college
    case culture
    case sport
    case other

    public var title: String {
        switch self {
        case .enterprise: "Предприятие, организация"
        case .university: "Вуз"
        case .college: "Колледж, техникум"
        case .culture: "Учреждение культуры"
        case .sport: "Спортивная организация"
        case .other: "Другой партнёр"
        }
    }
}

public struct PartnerDetails: Equatable, Sendable {
    public var kind: PartnerKind
    public var name: String
    /// ИНН: 10 digits for an organization, 12 for an individual entrepreneur.
    public var inn: String?
    public var address: String?
    public var contactName: String?
    public var contactPhone: String?
    public var contactEmail: String?
    public var agreementNumber: String?
    public var agreementSignedOn: CalendarDate?
    public var agreementValidUntil: CalendarDate?

    public init(kind: PartnerKind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// Where the cooperation agreement stands on a day.
    public func agreementState(on day: CalendarDate) -> String {
        guard let signed = agreementSignedOn else { return "соглашение не заключено" }
        let number = agreementNumber.map { "№ \($0) " } ?? ""
        guard let until = agreementValidUntil else { return "соглашение \(number)от \(signed.russian), бессрочно" }
        return until < day
            ? "соглашение \(number)истекло \(until.russian)"
            : "соглашение \(number)от \(signed.russian) до \(until.russian)"
    }
}

/// The partner's form as typed.
public struct PartnerInput: Codable, Sendable, Equatable {
    public var kind: String?
    public var name: String?
    public var inn: String?
    public var address: String?
    public var contactName: String?
    public var contactPhone: String?
    public var contactEmail: String?
    public var agreementNumber: String?
    public var agreementSignedOn: String?
    public var agreementValidUntil: String?

    public init(kind: String? = nil, name: String? = nil) {
        self.kind = kind
        self.name = name
    }

    public init(_ details: PartnerDetails) {
        kind = details.kind.rawValue
        name = details.name
        inn = details.inn
        address = details.address
        contactName = details.contactName
        contactPhone = details.contactPhone
        contactEmail = details.contactEmail
        agreementNumber = details.agreementNumber
        agreementSignedOn = details.agreementSignedOn?.description
        agreementValidUntil = details.agreementValidUntil?.description
    }

    public func validated(today: CalendarDate) throws(ValidationFailure) -> PartnerDetails {
        var reader = FieldReader()
        let kind = reader.optional(self.kind).flatMap(PartnerKind.init(rawValue:))
        if kind == nil { reader.failure.add("kind", "Выберите вид партнёра.") }
        var details = PartnerDetails(kind: kind ?? .other, name: reader.required("name", name, maxLength: 300))
        details.inn = reader.optional(inn)
        if let inn = details.inn, ![10, 12].contains(inn.count) || !inn.allSatisfy({ $0.isASCII && $0.isNumber }) {
            reader.failure.add("inn", "ИНН — 10 цифр для организации или 12 для предпринимателя.")
        }
        details.address = reader.optionalLimited("address", address, maxLength: 300)
        details.contactName = reader.optionalLimited("contactName", contactName)
        details.contactPhone = reader.optionalLimited("contactPhone", contactPhone, maxLength: 40)
        details.contactEmail = reader.optionalLimited("contactEmail", contactEmail)
        if let email = details.contactEmail, !ContactRules.isEmail(email) {
            reader.failure.add("contactEmail", "Адрес почты выглядит как имя@домен.рф.")
        }
        if let phone = details.contactPhone, !ContactRules.isPhone(phone) {
            reader.failure.add("contactPhone", "Телефон — цифры, пробелы, +, - и скобки, например +7 900 000-00-00.")
        }
        details.agreementNumber = reader.optionalLimited("agreementNumber", agreementNumber, maxLength: 30)
        details.agreementSignedOn = reader.date("agreementSignedOn", agreementSignedOn, required: false)
        details.agreementValidUntil = reader.date("agreementValidUntil", agreementValidUntil, required: false)
        if let signed = details.agreementSignedOn {
            if today < signed {
                reader.failure.add("agreementSignedOn", "Соглашение не может быть подписано позже сегодняшнего дня.")
            }
            if let until = details.agreementValidUntil, until <= signed {
                reader.failure.add("agreementValidUntil", "Срок действия заканчивается позже дня подписания.")
            }
        } else if details.agreementValidUntil != nil {
            reader.failure.add("agreementSignedOn", "Укажите, когда соглашение подписано.")
        }
        try reader.failure.throwIfAny()
        return details
    }
}
