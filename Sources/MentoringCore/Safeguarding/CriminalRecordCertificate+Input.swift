import Foundation

/// The certificate as typed on the person's card or sent to the API.
public struct CriminalRecordCertificateInput: Codable, Sendable, Equatable {
    public var number: String?
    public var issuedOn: String?
    public var issuedBy: String?

    public init(number: String? = nil, issuedOn: String? = nil, issuedBy: String? = nil) {
        self.number = number
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
    }

    public func validated(today: CalendarDate) throws(ValidationFailure) -> CriminalRecordCertificate {
        var reader = FieldReader()
        let number = reader.required("number", number, message: "Укажите номер справки.", maxLength: 64)
        let issuedBy = reader.required(
            "issuedBy", issuedBy, message: "Укажите, кем выдана справка (например, ИЦ ГУ МВД России).",
            maxLength: 300)
        let issuedOn = reader.date("issuedOn", issuedOn, required: true)
        if let issuedOn, issuedOn > today {
            reader.failure.add("issuedOn", "Дата выдачи не может быть в будущем.")
        }
        try reader.failure.throwIfAny()
        return CriminalRecordCertificate(number: number, issuedOn: issuedOn!, issuedBy: issuedBy)
    }
}
