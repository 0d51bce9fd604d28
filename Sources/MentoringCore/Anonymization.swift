import Foundation

/// What remains of a person once their consent is withdrawn and the delay has passed:
/// names and contacts go, the birth date, categories and links stay so that counts remain right.
public enum Anonymization {
    public static let placeholderSurname = "Обезличено"

    public static func anonymized(_ details: Person.Details) -> Person.Details {
        var result = details
        result.surname = placeholderSurname
        result.givenName = "—"
        result.patronymic = nil
        result.email = nil
        result.phone = nil
        result.sex = nil
        return result
    }

    public static func anonymized(_ details: LegalRepresentative.Details) -> LegalRepresentative.Details {
        .init(fullName: placeholderSurname, relation: details.relation, phone: nil, email: nil)
    }

    /// The fields an anonymization overwrites, for the audit log.
    public static let fields = ["surname", "givenName", "patronymic", "email", "phone", "sex"]
}
