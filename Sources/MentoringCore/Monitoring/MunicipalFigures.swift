import Foundation

/// What a municipality enters for a year: the denominators of its indicators, the reference date ages are counted
/// on, the targets and the satisfaction threshold.
public struct MunicipalFigures: Equatable, Codable, Sendable {
    public var year: Int
    public var children10to19: Int?
    public var children15to19: Int?
    public var youngSpecialists: Int?
    public var referenceDate: CalendarDate
    public var targets: [MunicipalIndicator: Double]
    public var threshold: SatisfactionThreshold

    public init(
        year: Int, children10to19: Int? = nil, children15to19: Int? = nil, youngSpecialists: Int? = nil,
        referenceDate: CalendarDate? = nil, targets: [MunicipalIndicator: Double] = [:],
        threshold: SatisfactionThreshold = .standard
    ) {
        self.year = year
        self.children10to19 = children10to19
        self.children15to19 = children15to19
        self.youngSpecialists = youngSpecialists
        self.referenceDate = referenceDate ?? MunicipalFigures.defaultReferenceDate(year: year)
        self.targets = targets
        self.threshold = threshold
    }

    /// The years figures and indicators are kept for.
    public static let years = 2000...2100
    public static let yearMessage = "Год должен быть числом от 2000 до 2100."

    /// A year as an address or a command line gives it.
    public static func year(_ text: String) throws(ValidationFailure) -> Int {
        guard let year = Int(text), years.contains(year) else { throw ValidationFailure(fields: ["year": yearMessage]) }
        return year
    }

    /// Ages are counted on 1 September of the year unless the authority names another day.
    public static func defaultReferenceDate(year: Int) -> CalendarDate { CalendarDate(year: year, month: 9, day: 1)! }

    /// The figures of a year nobody entered: no denominators, default targets for the year's place in the programme.
    public static func defaults(year: Int, firstYear: Int?) -> MunicipalFigures {
        let index = year - (firstYear ?? year)
        return MunicipalFigures(
            year: year,
            targets: Dictionary(
                uniqueKeysWithValues: MunicipalIndicator.allCases.map {
                    ($0, $0.defaultTarget(yearIndex: index))
                }))
    }

    public func denominator(of indicator: MunicipalIndicator) -> Int? {
        switch indicator {
        case .menteeChildren: children10to19
        case .mentorChildren: children15to19
        case .youngSpecialists: youngSpecialists
        case .menteeSatisfaction, .mentorSatisfaction: nil
        }
    }

    /// The calendar year the indicators count: mentorships working in it, answers given in it.
    public var span: DateSpan {
        DateSpan(start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31))
    }
}

/// The figures form as typed: every field text, checked together.
public struct MunicipalFiguresInput: Codable, Sendable {
    public var children10to19: String?
    public var children15to19: String?
    public var youngSpecialists: String?
    public var referenceDate: String?
    public var targets: [String: String]?
    public var thresholdOfFive: String?
    public var thresholdOfTen: String?

    public init(
        children10to19: String? = nil, children15to19: String? = nil, youngSpecialists: String? = nil,
        referenceDate: String? = nil,
        targets: [String: String]? = nil, thresholdOfFive: String? = nil, thresholdOfTen: String? = nil
    ) {
        self.children10to19 = children10to19
        self.children15to19 = children15to19
        self.youngSpecialists = youngSpecialists
        self.referenceDate = referenceDate
        self.targets = targets
        self.thresholdOfFive = thresholdOfFive
        self.thresholdOfTen = thresholdOfTen
    }

    /// The form field of a target: `targets[mentee_children]`, which the form decoder reads into `targets`.
    enum CodingKeys: String, CodingKey {
        case children10to19, children15to19, youngSpecialists, referenceDate, targets, thresholdOfFive, thresholdOfTen
    }

    /// Reads numbers typed in a form (text) and numbers sent as JSON numbers alike.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func loose(_ key: CodingKeys) throws -> String? {
            if let text = try? c.decodeIfPresent(String.self, forKey: key) { return text }
            return try c.decodeIfPresent(LooseNumber.self, forKey: key)?.text
        }
        children10to19 = try loose(.children10to19)
        children15to19 = try loose(.children15to19)
        youngSpecialists = try loose(.youngSpecialists)
        referenceDate = try loose(.referenceDate)
        thresholdOfFive = try loose(.thresholdOfFive)
        thresholdOfTen = try loose(.thresholdOfTen)
        targets = try c.decodeIfPresent([String: LooseNumber].self, forKey: .targets)?.mapValues(\.text)
    }

    public static func targetField(_ indicator: MunicipalIndicator) -> String { "targets[\(indicator.rawValue)]" }

    /// Checks the figures of `year`. Missing denominators are allowed — the page then says the share cannot be computed.
    public func validate(year: Int) throws(ValidationFailure) -> MunicipalFigures {
        var reader = FieldReader()
        func count(_ field: String, _ value: String?) -> Int? {
            guard let text = reader.optional(value)?.replacingOccurrences(of: " ", with: "") else { return nil }
            guard let number = Int(text), number >= 0, number <= 100_000_000 else {
                reader.failure.add(field, "Введите целое число не меньше 0.")
                return nil
            }
            return number
        }
        if !MunicipalFigures.years.contains(year) { reader.failure.add("year", MunicipalFigures.yearMessage) }
        let wide = count("children10to19", children10to19)
        let narrow = count("children15to19", children15to19)
        if let wide, let narrow, narrow > wide {
            reader.failure.add("children15to19", "Детей 15–19 лет не может быть больше, чем детей 10–19 лет (\(wide)).")
        }
        let young = count("youngSpecialists", youngSpecialists)
        let date = reader.date("referenceDate", referenceDate, required: false)
        var chosen: [MunicipalIndicator: Double] = [:]
        for indicator in MunicipalIndicator.allCases {
            let field = Self.targetField(indicator)
            guard let text = reader.optional(typedTarget(indicator)) else {
                reader.failure.add(field, "Укажите целевое значение, %.")
                continue
            }
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite,
                (0...100).contains(value)
            else {
                reader.failure.add(field, "Целевое значение — число от 0 до 100.")
                continue
            }
            chosen[indicator] = value
        }
        func mark(_ field: String, _ value: String?, top: Int, fallback: Int) -> Int {
            guard let text = reader.optional(value) else { return fallback }
            guard let mark = Int(text), (1...top).contains(mark) else {
                reader.failure.add(field, "Порог — оценка от 1 до \(top).")
                return fallback
            }
            return mark
        }
        let threshold = SatisfactionThreshold(
            ofFive: mark("thresholdOfFive", thresholdOfFive, top: 5, fallback: 4),
            ofTen: mark("thresholdOfTen", thresholdOfTen, top: 10, fallback: 7))
        try reader.failure.throwIfAny()
        return MunicipalFigures(
            year: year, children10to19: wide, children15to19: narrow, youngSpecialists: young,
            referenceDate: date, targets: chosen, threshold: threshold)
    }

    private func typedTarget(_ indicator: MunicipalIndicator) -> String? { targets?[indicator.rawValue] }
}

/// A value a person may send as `"35"`, `35` or `35.5`; kept as the text the validator reads.
struct LooseNumber: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            self.text = text
        } else if let number = try? c.decode(Int.self) {
            text = String(number)
        } else {
            text = String(try c.decode(Double.self))
        }
    }
}
