import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The dashboard's view of the user's roadmaps: what is overdue and what is due next.
struct RoadmapDeadlines: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var date: String
        var title: String
        var roadmap: String
        var url: String
        var checkpoint: Bool
    }

    var overdue: [Item]
    var overdueCount: Int
    var next: [Item]
    var roadmapCount: Int

    static let limit = 6

    init(_ roadmaps: [FoundRoadmap], today: CalendarDate) throws {
        var overdue: [(CalendarDate, Item)] = []
        var next: [(CalendarDate, Item)] = []
        let open = roadmaps.filter { $0.model.status != .archived }
        for found in open {
            for model in found.model.activities {
                let activity = model.value
                let url = SiteURL.roadmap(.id(try found.model.requireID())).path
                let name = [activity.number, activity.title].filter { !$0.isEmpty }.joined(separator: " ")
                if activity.isOverdue(on: today), let end = activity.due.end {
                    overdue.append(
                        (
                            end,
                            Item(
                                date: end.russian, title: name, roadmap: found.ownerName, url: url + "?filter=overdue",
                                checkpoint: activity.due.checkpoint)
                        ))
                } else if !activity.isClosed,
                    let date = activity.nextDeadline(onOrAfter: today, limit: found.model.period.end)
                {
                    next.append(
                        (
                            date,
                            Item(
                                date: date.russian, title: name, roadmap: found.ownerName, url: url,
                                checkpoint: activity.due.checkpoint)
                        ))
                }
            }
        }
        self.overdue = Array(overdue.sorted { $0.0 < $1.0 }.prefix(Self.limit).map(\.1))
        overdueCount = overdue.count
        self.next = Array(next.sorted { $0.0 < $1.0 }.prefix(Self.limit).map(\.1))
        roadmapCount = open.count
    }

    var summary: String {
        if roadmapCount == 0 { return "Создайте дорожную карту по шаблону или загрузите свою из Word или Excel." }
        if overdue.isEmpty {
            return next.first.map { "Просроченных мероприятий нет. Ближайший срок — \($0.date)." }
                ?? "Просроченных мероприятий нет."
        }
        return "Просроченных мероприятий: \(overdueCount)."
    }
}
