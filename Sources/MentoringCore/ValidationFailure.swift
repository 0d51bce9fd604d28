import Foundation

/// Input that cannot be accepted, with a Russian message per field, ready to show next to the field.
public struct ValidationFailure: Error, Equatable, Sendable {
    public var fields: [String: String]

    public init(fields: [String: String] = [:]) { self.fields = fields }

    public var isEmpty: Bool { fields.isEmpty }

    /// Keeps the first message for a field: it names the most basic problem.
    public mutating func add(_ field: String, _ message: String) {
        if fields[field] == nil { fields[field] = message }
    }

    /// Adds another failure's messages, keeping the first message per field.
    public mutating func merge(_ other: ValidationFailure) {
        fields.merge(other.fields) { first, _ in first }
    }

    /// Throws `self` when anything was collected.
    public func throwIfAny() throws(ValidationFailure) {
        if !isEmpty { throw self }
    }

    /// One sentence summarizing the failure, for the top of a form or an API error.
    public var message: String { "Проверьте выделенные поля: данные не сохранены." }
}

/// Helpers shared by the validators: they read raw text and collect messages.
struct FieldReader {
    var failure = ValidationFailure()

    /// Trimmed text, or `nil` for an absent or blank field.
    func optional(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    mutating func required(
        _ field: String, _ value: String?, message: String = "Заполните это поле.", maxLength: Int = 200
    ) -> String {
        guard let text = optional(value) else {
            failure.add(field, message)
            return ""
        }
        return limited(field, text, maxLength: maxLength)
    }

    mutating func limited(_ field: String, _ text: String, maxLength: Int) -> String {
        if text.count > maxLength { failure.add(field, "Не длиннее \(maxLength) символов.") }
        return text
    }

    mutating func optionalLimited(_ field: String, _ value: String?, maxLength: Int = 200) -> String? {
        optional(value).map { limited(field, $0, maxLength: maxLength) }
    }

    mutating func date(_ field: String, _ value: String?, required: Bool) -> CalendarDate? {
        guard let text = optional(value) else {
            if required { failure.add(field, "Укажите дату.") }
            return nil
        }
        guard let date = CalendarDate(parsing: text) else {
            failure.add(field, CalendarDate.refusal(of: text))
            return nil
        }
        return date
    }

    mutating func choice<T: RawRepresentable>(_ field: String, _ value: String?, required: Bool) -> T?
    where T.RawValue == String {
        guard let text = optional(value) else {
            if required { failure.add(field, "Выберите значение.") }
            return nil
        }
        guard let choice = T(rawValue: text) else {
            failure.add(field, "Недопустимое значение.")
            return nil
        }
        return choice
    }
}
