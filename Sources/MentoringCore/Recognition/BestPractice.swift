import Foundation

/// Where a case of best practice stands: written by the curator, approved by the organization's methodical
/// council, offered to the municipal base, accepted there or returned for work.
public enum BestPracticeStatus: String, CaseIterable, Codable, Sendable {
    case draft
    case approved
    case offered
    case accepted
    case returned

    public var title: String {
        switch self {
        case .draft: "Черновик"
        case .approved: "Одобрена методическим советом"
        case .offered: "Предложена в муниципальную базу"
        case .accepted: "В муниципальной базе"
        case .returned: "Возвращена на доработку"
        }
    }

    /// The steps that lead from here, each with who takes it.
    public func allows(_ next: BestPracticeStatus) -> Bool {
        switch (self, next) {
        case (.draft, .approved), (.returned, .approved), (.approved, .offered), (.offered, .accepted),
            (.offered, .returned):
            true
        default: false
        }
    }

    /// The steps at which a case may be on the public pages (with every named person's consent): once the
    /// organization's methodical council approved it.
    public static let published: [BestPracticeStatus] = [.approved, .offered, .accepted]

    /// A case is edited only before the council approves it, or when it came back.
    public var isEditable: Bool { self == .draft || self == .returned }
}

/// What a case says: the problem, what was done, the results, the indicators that moved.
public struct BestPracticeDetails: Equatable, Sendable {
    public var title: String
    public var problem: String
    public var actions: String
    public var results: String
    public var indicators: String

    public init(title: String, problem: String, actions: String, results: String, indicators: String) {
        (self.title, self.problem, self.actions, self.results, self.indicators) = (
            title, problem, actions, results, indicators
        )
    }
}

/// The raw fields of the case form; `source` is «mentorship:ID» or «program:ID» when a case is made.
public struct BestPracticeInput: Codable, Sendable {
    public var source: String?
    /// The form of mentoring of a case made from a program, one of the program's; the program's first when empty.
    public var form: String?
    public var title: String?
    public var problem: String?
    public var actions: String?
    public var results: String?
    public var indicators: String?

    public init(
        source: String? = nil, form: String? = nil, title: String? = nil, problem: String? = nil,
        actions: String? = nil, results: String? = nil, indicators: String? = nil
    ) {
        (self.source, self.form, self.title, self.problem, self.actions) = (source, form, title, problem, actions)
        (self.results, self.indicators) = (results, indicators)
    }

    public init(_ details: BestPracticeDetails) {
        self.init(
            title: details.title, problem: details.problem, actions: details.actions, results: details.results,
            indicators: details.indicators)
    }

    /// The indicators may stay empty: the case then takes them from the pair's or the program's monitoring.
    public func validated() throws(ValidationFailure) -> BestPracticeDetails {
        var reader = FieldReader()
        let title = reader.required("title", title, maxLength: 200)
        let problem = reader.required("problem", problem, message: "Опишите проблему или запрос.", maxLength: 4000)
        let actions = reader.required("actions", actions, message: "Опишите, что было сделано.", maxLength: 8000)
        let results = reader.required("results", results, message: "Опишите результаты.", maxLength: 4000)
        let indicators = reader.optionalLimited("indicators", indicators, maxLength: 4000) ?? ""
        try reader.failure.throwIfAny()
        return BestPracticeDetails(
            title: title, problem: problem, actions: actions, results: results, indicators: indicators)
    }
}
