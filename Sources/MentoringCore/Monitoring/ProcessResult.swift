import Foundation

/// Process monitoring entered by hand per period: how the students of mentee teachers did, olympiads, projects.
public enum ProcessResultKind: String, CaseIterable, Codable, Sendable {
    case vpr
    case oge
    case ege
    case olympiad
    case projects

    public var title: String {
        switch self {
        case .vpr: "ВПР: доля справившихся"
        case .oge: "ОГЭ: доля сдавших"
        case .ege: "ЕГЭ: доля сдавших"
        case .olympiad: "Олимпиады: доля участвовавших"
        case .projects: "Проекты, выполненные с наставляемыми"
        }
    }

    /// Projects are a count; the rest are a share of those taking part.
    public var isShare: Bool { self != .projects }
}

public struct ProcessResult: Equatable, Codable, Sendable {
    public var period: String
    public var kind: ProcessResultKind
    /// Students taking part (for a share); `nil` for projects.
    public var total: Int?
    /// Those who passed, took part, or the number of projects.
    public var count: Int
    public var note: String?

    public init(period: String, kind: ProcessResultKind, total: Int?, count: Int, note: String?) {
        self.period = period
        self.kind = kind
        self.total = total
        self.count = count
        self.note = note
    }

    public var valueText: String {
        guard kind.isShare else { return String(count) }
        guard let total, total > 0 else { return "нет данных" }
        return IndicatorValue.percentText(Double(count) * 100 / Double(total)) + " (\(count) из \(total))"
    }
}

public struct ProcessResultInput: Codable, Sendable {
    public var period: String?
    public var kind: String?
    public var total: String?
    public var count: String?
    public var note: String?

    public init(
        period: String? = nil, kind: String? = nil, total: String? = nil, count: String? = nil, note: String? = nil
    ) {
        self.period = period
        self.kind = kind
        self.total = total
        self.count = count
        self.note = note
    }

    public func validate() throws(ValidationFailure) -> ProcessResult {
        var reader = FieldReader()
        let period = reader.required(
            "period", period, message: "Укажите период: «2025–2026 учебный год», «I полугодие».", maxLength: 60)
        let kind: ProcessResultKind? = reader.choice("kind", kind, required: true)
        func number(_ field: String, _ value: String?, required: Bool) -> Int? {
            guard let text = reader.optional(value) else {
                if required { reader.failure.add(field, "Введите число.") }
                return nil
            }
            guard let number = Int(text), number >= 0, number <= 1_000_000 else {
                reader.failure.add(field, "Введите целое число не меньше 0.")
                return nil
            }
            return number
        }
        let total = number("total", total, required: kind?.isShare ?? false)
        let count = number("count", count, required: true)
        if let total, let count, kind?.isShare == true, count > total {
            reader.failure.add("count", "Не больше, чем участвовало (\(total)).")
        }
        let note = reader.optionalLimited("note", note, maxLength: 500)
        try reader.failure.throwIfAny()
        return ProcessResult(
            period: period, kind: kind!, total: kind!.isShare ? total : nil, count: count ?? 0, note: note)
    }
}
