import Foundation

/// A built-in roadmap: the model's stages with their usual activities, dated by months from the period start.
public struct RoadmapTemplate: Sendable, Identifiable {
    public struct Item: Sendable {
        public var title: String
        /// Months from the start of a one-year period (0 = the first month) and how many months it lasts.
        public var month: Int
        public var months: Int
        public var responsible: [String]
        public var deliverable: String?
        public var checkpoint: Bool
        public var repeatRule: RepeatRule?
    }

    public struct Stage: Sendable {
        public var title: String
        public var goal: String
        public var items: [Item]
    }

    public var id: String
    public var title: String
    public var forAuthority: Bool
    public var stages: [Stage]

    /// The roadmap for `period`: months are stretched or squeezed to its length; a stage numbered from 0
    /// when the template has a preparatory stage.
    public func roadmap(period: DateSpan, title: String? = nil) -> Roadmap {
        let start = period.start ?? CalendarDate(year: 2025, month: 9, day: 1)!
        let end = period.end ?? start.adding(months: 12).adding(days: -1)
        let totalMonths = max(1, (end.year - start.year) * 12 + end.month - start.month + 1)
        func scaled(_ month: Int) -> Int { min(totalMonths - 1, month * totalMonths / 12) }
        let firstMonth = CalendarDate(year: start.year, month: start.month, day: 1)!
        let roadmapStages = stages.enumerated().map { index, stage in
            RoadmapStage(
                number: String(index), title: stage.title, goal: stage.goal,
                activities: stage.items.enumerated().map { position, item in
                    let from = firstMonth.adding(months: scaled(item.month))
                    let lastMonth = min(totalMonths, (item.month + item.months) * totalMonths / 12) - 1
                    let to = firstMonth.adding(months: max(scaled(item.month), lastMonth)).endOfMonth
                    return RoadmapActivity(
                        number: "\(index).\(position + 1)", title: item.title,
                        due: DueDate(
                            span: DateSpan(start: from, end: to), checkpoint: item.checkpoint,
                            repeatRule: item.repeatRule),
                        responsible: item.responsible, deliverable: item.deliverable)
                })
        }
        return Roadmap(
            title: title ?? self.title, period: DateSpan(start: start, end: end), source: .template(id),
            stages: roadmapStages)
    }

    public static let all: [RoadmapTemplate] = [
        .organization(teachers: true), .organization(teachers: false), .municipal,
    ]

    public static func named(_ id: String) -> RoadmapTemplate? { all.first { $0.id == id } }
}

extension RoadmapTemplate.Item {
    init(
        _ title: String, _ month: Int, _ months: Int = 1, _ responsible: [String], _ deliverable: String? = nil,
        checkpoint: Bool = false, repeats: RepeatRule? = nil
    ) {
        self.init(
            title: title, month: month, months: months, responsible: responsible, deliverable: deliverable,
            checkpoint: checkpoint, repeatRule: repeats)
    }
}
