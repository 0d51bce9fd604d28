import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `roadmaps/page.leaf`: stages with progress, activities with status and evidence, filters, the Gantt chart.
struct RoadmapPage: Encodable {
    struct Evidence: Encodable {
        var title: String
        var url: String
    }

    struct Activity: Encodable {
        var number: String
        var title: String
        var dueText: String
        var dates: String?
        var checkpoint: Bool
        var repeatTitle: String?
        var responsible: String
        var deliverable: String?
        var notes: String?
        var status: String
        var statusTitle: String
        var overdue: Bool
        var doneOn: String?
        var evidence: [Evidence]
        var editURL: String
        /// The row's own address on the page, where a save comes back to.
        var anchor: String
    }

    struct Stage: Encodable {
        var heading: String
        var goal: String?
        var progress: Int?
        var activities: [Activity]
        var total: Int
        var newActivityURL: String
    }

    struct Filter: Encodable {
        var title: String
        var url: String
        var current: Bool
    }

    var meta: PageMeta
    var title: String
    var ownerName: String
    var period: String
    var status: String
    var statusTitle: String
    var approvalOrder: String?
    var source: String
    var progress: Int?
    var overdueCount: Int
    var manages: Bool
    /// After a save: what was saved.
    var notice: String?
    var filters: [Filter]
    var filterTitle: String?
    var gantt: String
    var stages: [Stage]
    var exports: [Evidence]
    var feedURL: String
    var statusURL: String
    var newStageURL: String

    enum ActivityFilter: String, CaseIterable {
        case all, mine, overdue, month, checkpoints

        var title: String {
            switch self {
            case .all: "Все"
            case .mine: "Мои"
            case .overdue: "Просроченные"
            case .month: "В этом месяце"
            case .checkpoints: "Контрольные точки"
            }
        }

        func keeps(_ model: RoadmapActivityModel, today: CalendarDate, user: CurrentUser) -> Bool {
            let activity = model.value
            switch self {
            case .all: return true
            case .overdue: return activity.isOverdue(on: today)
            case .checkpoints: return activity.due.checkpoint
            case .month:
                let monthStart = CalendarDate(year: today.year, month: today.month, day: 1)!
                let monthEnd = today.endOfMonth
                let touches = activity.due.spans.contains {
                    ($0.start ?? $0.end ?? monthEnd) <= monthEnd && ($0.end ?? monthEnd) >= monthStart
                }
                let repeats = activity.nextDeadline(onOrAfter: monthStart, limit: monthEnd) != nil
                return !activity.isClosed && (touches || repeats)
            case .mine:
                if model.$responsibleAccount.id == user.accountID && user.accountID != nil { return true }
                let words = user.grants.flatMap { Self.roleWords($0.role) }
                return activity.responsible.contains { text in words.contains { text.lowercased().contains($0) } }
            }
        }

        /// How roadmaps name a role in the "responsible" column.
        static func roleWords(_ role: Role) -> [String] {
            switch role {
            case .curator: ["куратор"]
            case .head: ["директор", "руководитель", "заведующ"]
            case .authorityCoordinator: ["управлени", "комитет", "методическ", "муниципал"]
            case .mentor: ["наставник"]
            case .administrator, .mentee, .legalRepresentative: []
            }
        }
    }

    static func percent(_ value: Double?) -> Int? { value.map { Int(($0 * 100).rounded()) } }

    static func dates(_ due: DueDate) -> String? {
        let spans = due.spans.compactMap(\.russian)
        return spans.isEmpty ? nil : spans.joined(separator: "; ")
    }

    static func periodText(_ period: DateSpan) -> String { period.russian ?? "не указан" }

    static func sourceText(_ source: Roadmap.Source) -> String {
        switch source {
        case .template(let id): "по шаблону «\(RoadmapTemplate.named(id)?.title ?? id)»"
        case .imported(let name): "импортирована из файла «\(name)»"
        case .manual: "создана вручную"
        }
    }
}
