import Foundation

/// A roadmap (дорожная карта): the stages of the model with their activities, for one owner and period.
public struct Roadmap: Equatable, Sendable {
    public typealias ID = Identifier<Roadmap>

    public enum Owner: Equatable, Hashable, Sendable {
        case organization(Organization.ID)
        case authority(Authority.ID)
    }

    public enum Status: String, Codable, Sendable, CaseIterable {
        case draft, approved, archived

        public var title: String {
            switch self {
            case .draft: "Проект"
            case .approved: "Утверждена"
            case .archived: "В архиве"
            }
        }
    }

    /// Where the roadmap came from.
    public enum Source: Equatable, Sendable {
        case template(String)
        case imported(fileName: String)
        case manual
    }

    public var title: String
    public var period: DateSpan
    public var status: Status
    /// The order that approved it ("приказ № 237 от 30.08.2024"), once approved.
    public var approvalOrder: String?
    public var source: Source
    public var stages: [RoadmapStage]

    public init(
        title: String, period: DateSpan, status: Status = .draft, approvalOrder: String? = nil,
        source: Source = .manual, stages: [RoadmapStage] = []
    ) {
        self.title = title
        self.period = period
        self.status = status
        self.approvalOrder = approvalOrder
        self.source = source
        self.stages = stages
    }

    public var activities: [RoadmapActivity] { stages.flatMap(\.activities) }

    /// The context due texts of this roadmap are read in.
    public var dueContext: DueContext {
        var context = DueContext(heading: title)
        if period.start != nil || period.end != nil { context.period = period }
        if context.academicYear == nil && context.year == nil, let start = period.start,
            let end = period.end, end.year - start.year <= 1
        {
            context.academicYear = start.academicYear
        }
        return context
    }
}

/// A stage (этап): "0" or empty for the preparatory one.
public struct RoadmapStage: Equatable, Sendable {
    public var number: String
    public var title: String
    public var goal: String?
    public var expectedResult: String?
    public var activities: [RoadmapActivity]

    public init(
        number: String, title: String, goal: String? = nil, expectedResult: String? = nil,
        activities: [RoadmapActivity] = []
    ) {
        self.number = number
        self.title = title
        self.goal = goal
        self.expectedResult = expectedResult
        self.activities = activities
    }

    /// Share of the stage's activities that are done, cancelled ones left out; nil when there is nothing to do.
    public var progress: Double? { RoadmapActivity.progress(of: activities) }
}

extension DueContext {
    /// Reads the year a document is for from its heading: "на 2022 – 2023 учебный год", "2021-2022 уч. год",
    /// "в 2024 году".
    public init(heading: String) {
        self.init()
        let tokens = DueDateLexer.tokens(heading)
        for (index, token) in tokens.enumerated() {
            guard case .number(let first, 4) = token, (1990...2100).contains(first) else { continue }
            if index + 2 < tokens.count, tokens[index + 1] == .dash, case .number(let second, 4) = tokens[index + 2],
                second == first + 1
            {
                academicYear = first
                return
            }
            if year == nil { year = first }
        }
    }
}
