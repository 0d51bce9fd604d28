import Foundation

/// An organization's mentoring program for a period, usually an academic year.
public struct Program: Equatable, Sendable {
    public typealias ID = Identifier<Program>

    public var id: ID
    public var organizationID: Organization.ID
    public var title: String
    public var period: DateSpan
    public var forms: [MentoringForm]

    public init(id: ID, organizationID: Organization.ID, title: String, period: DateSpan, forms: [MentoringForm]) {
        self.id = id
        self.organizationID = organizationID
        self.title = title
        self.period = period
        self.forms = forms
    }
}

/// The program form as typed: title, period and the forms it runs.
public struct ProgramInput: Codable, Sendable, Equatable {
    public var title: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var forms: [String]?

    public init(title: String? = nil, periodStart: String? = nil, periodEnd: String? = nil, forms: [String]? = nil) {
        self.title = title
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.forms = forms
    }

    enum CodingKeys: String, CodingKey {
        case title, forms
        case periodStart = "period_start"
        case periodEnd = "period_end"
    }

    public struct Valid: Equatable, Sendable {
        public var title: String
        public var period: DateSpan
        public var forms: [MentoringForm]
    }

    public func validated() throws(ValidationFailure) -> Valid {
        var reader = FieldReader()
        let title = reader.required("title", title)
        let start = reader.date("period_start", periodStart, required: true)
        let end = reader.date("period_end", periodEnd, required: true)
        if let start, let end, end <= start {
            reader.failure.add("period_end", "Конец периода должен быть позже начала.")
        }
        var chosen: [MentoringForm] = []
        for raw in forms ?? [] where !raw.isEmpty {
            guard let form = MentoringForm(rawValue: raw) else {
                reader.failure.add("forms", "Недопустимое значение.")
                continue
            }
            if !chosen.contains(form) { chosen.append(form) }
        }
        if chosen.isEmpty { reader.failure.add("forms", "Выберите хотя бы одну форму наставничества.") }
        try reader.failure.throwIfAny()
        return Valid(
            title: title, period: DateSpan(start: start, end: end),
            forms: MentoringForm.allCases.filter(chosen.contains))
    }
}
