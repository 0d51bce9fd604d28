import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Builds the documents of a roadmap from what is stored: the export with its approving head, the calendar feed.
enum RoadmapDocuments {
    static func export(_ detail: RoadmapDetail, on db: any Database) async throws -> RoadmapExport {
        var position = "Руководитель"
        var name = ""
        var owner = detail.found.ownerName
        if let id = detail.found.model.$organization.id, let org = try await OrganizationModel.find(id, on: db) {
            position = org.headPosition ?? "Директор"
            name = org.headName ?? ""
            owner = org.fullName
        }
        return RoadmapExport(roadmap: detail.roadmap, ownerName: owner, headPosition: position, headName: name)
    }

    /// One event per dated activity period; repeats as recurrence rules up to the roadmap's end.
    static func calendar(_ model: RoadmapModel, stamp: Date) throws -> CalendarFeed {
        var events: [CalendarFeed.Event] = []
        for activity in model.activities.sorted(by: { $0.position < $1.position }) {
            let value = activity.value
            guard value.status != .cancelled else { continue }
            for (index, span) in value.due.spans.enumerated() {
                guard let end = span.end else { continue }
                let start = value.due.checkpoint ? end : (span.start ?? end)
                let prefix = value.due.checkpoint ? "КТ: " : "Срок: "
                events.append(
                    .init(
                        uid: "\((try activity.requireID()).uuidString.lowercased())-\(index)@nastavnik",
                        title: prefix + [value.number, value.title].filter { !$0.isEmpty }.joined(separator: " "),
                        start: start, end: end,
                        description: ([value.due.text] + value.responsible).joined(separator: "\n"),
                        rule: value.due.repeatRule, until: model.period.end))
            }
        }
        return CalendarFeed(name: model.title, events: events, stamp: stamp)
    }
}
