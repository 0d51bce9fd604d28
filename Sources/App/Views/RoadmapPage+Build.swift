import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension RoadmapPage {
    init(
        layout: PageLayout, today: CalendarDate, notice: String?, detail: RoadmapDetail, filter: ActivityFilter,
        user: CurrentUser
    ) throws {
        let model = detail.found.model
        let id = (try model.requireID())
        let roadmap = detail.roadmap
        let allActivities = detail.stages.flatMap { detail.activities(of: $0) }
        self.init(
            meta: layout.meta(
                model.title, breadcrumbs: [Link("Дорожные карты", .roadmaps)], scopeName: detail.found.ownerName),
            title: model.title, ownerName: detail.found.ownerName, period: Self.periodText(model.period),
            status: model.status.rawValue, statusTitle: model.status.title, approvalOrder: model.approvalOrder,
            source: Self.sourceText(model.source), progress: Self.percent(roadmap.progress),
            overdueCount: allActivities.filter { $0.value.isOverdue(on: today) }.count, manages: detail.found.manages,
            notice: notice,
            filters: ActivityFilter.allCases.map { option in
                Filter(
                    title: option.title,
                    url: SiteURL.roadmap(.id(id)).path + (option == .all ? "" : "?filter=\(option.rawValue)"),
                    current: option == filter)
            },
            filterTitle: filter == .all ? nil : filter.title,
            gantt: GanttChart(roadmap: roadmap, today: today).svg,
            stages: try detail.stages.map { stage in
                let activities = detail.activities(of: stage)
                return Stage(
                    heading: [
                        stage.number.isEmpty
                            ? nil : (stage.title.lowercased().contains("этап") ? stage.number : "Этап \(stage.number)"),
                        stage.title,
                    ]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". "),
                    goal: stage.goal, progress: Self.percent(RoadmapActivity.progress(of: activities.map(\.value))),
                    activities: try activities.filter { filter.keeps($0, today: today, user: user) }.map {
                        try Self.activity($0, roadmapID: id, today: today)
                    },
                    total: activities.count,
                    newActivityURL: SiteURL.newActivity(roadmap: .id(id), stage: .id(try stage.requireID())).path)
            },
            exports: [
                Evidence(title: "DOCX", url: SiteURL.roadmapExport(.id(id), format: "docx").path),
                Evidence(title: "XLSX", url: SiteURL.roadmapExport(.id(id), format: "xlsx").path),
                Evidence(title: "CSV", url: SiteURL.roadmapExport(.id(id), format: "csv").path),
            ],
            feedURL: SiteURL.roadmapFeed(model.feedToken + ".ics").path,
            statusURL: SiteURL.roadmapStatus(.id(id)).path,
            newStageURL: SiteURL.newStage(.id(id)).path)
    }

    static func activity(_ model: RoadmapActivityModel, roadmapID: UUID, today: CalendarDate) throws -> Activity {
        let value = model.value
        return Activity(
            number: value.number, title: value.title, dueText: value.due.text, dates: dates(value.due),
            checkpoint: value.due.checkpoint,
            repeatTitle: value.due.repeatRule?.title, responsible: value.responsible.joined(separator: ", "),
            deliverable: value.deliverable, notes: value.notes, status: value.status.rawValue,
            statusTitle: value.status.title,
            overdue: value.isOverdue(on: today), doneOn: value.doneOn?.russian,
            evidence: try model.evidence.map { evidence in
                Evidence(
                    title: evidence.title,
                    url: evidence.data != nil
                        ? SiteURL.evidence(roadmap: .id(roadmapID), evidence: .id(try evidence.requireID())).path
                        : evidence.address ?? "")
            },
            editURL: SiteURL.activity(roadmap: .id(roadmapID), activity: .id(try model.requireID())).path,
            anchor: RoadmapPage.anchor(try model.requireID()))
    }
}

extension RoadmapPage {
    /// `a-<id>`: the activity's row on the roadmap page.
    static func anchor(_ activityID: UUID) -> String { "a-" + activityID.uuidString.lowercased() }
}
