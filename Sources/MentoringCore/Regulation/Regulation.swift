import Foundation

/// The organization's regulation of its mentoring system (Положение о системе наставничества): numbered sections of
/// points, drafted from what the organization runs and edited by the curator until the head approves it by order.
public struct Regulation: Equatable, Codable, Sendable {
    public struct Section: Equatable, Codable, Sendable {
        public var title: String
        public var points: [String]

        public init(title: String, points: [String]) {
            self.title = title
            self.points = points
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) { self.sections = sections }

    /// How many sections and how much text a regulation may hold: a long one runs to some 60 000 characters.
    public static let maximumSections = 30
    public static let maximumTitleLength = 300
    public static let maximumPointLength = 4_000
    public static let maximumPoints = 60
}

/// Where the regulation stands: a draft the curator edits, or the text the head approved.
public enum RegulationStatus: String, CaseIterable, Codable, Sendable {
    case draft
    case approved

    public var title: String { self == .draft ? "Проект" : "Утверждено" }
}

/// What the draft is written from: the organization, its curators and the forms its programs run.
public struct RegulationFacts: Equatable, Sendable {
    public var organization: String
    public var curators: [String]
    public var forms: [MentoringForm]
    /// The years the programs cover, e.g. 2025 and 2027; nil when there is no program yet.
    public var years: ClosedRange<Int>?

    public init(organization: String, curators: [String], forms: [MentoringForm], years: ClosedRange<Int>?) {
        self.organization = organization
        self.curators = curators
        self.forms = MentoringForm.allCases.filter(forms.contains)
        self.years = years
    }
}
