import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A roadmap in the API: its heading, progress and every stage and activity with ids.
struct RoadmapDTO: Content {
    struct Evidence: Content {
        var id: UUID
        var title: String
        var link: String?
        var fileName: String?
    }

    struct Activity: Content {
        var id: UUID
        var number: String
        var title: String
        var due: DueDate
        var responsible: [String]
        var responsibleAccount: UUID?
        var deliverable: String?
        var deliverableKind: DeliverableKind?
        var status: RoadmapActivity.Status
        var doneOn: CalendarDate?
        var notes: String?
        var overdue: Bool
        var evidence: [Evidence]
    }

    struct Stage: Content {
        var id: UUID
        var number: String
        var title: String
        var goal: String?
        var activities: [Activity]
    }

    var id: UUID
    var title: String
    var organizationID: UUID?
    var authorityID: UUID?
    var ownerName: String
    var period: DateSpan
    var status: Roadmap.Status
    var approvalOrder: String?
    var progress: Double?
    var stages: [Stage]?

    init(_ found: FoundRoadmap, detail: RoadmapDetail?, today: CalendarDate) throws {
        let model = found.model
        id = (try model.requireID())
        title = model.title
        organizationID = model.$organization.id
        authorityID = model.$authority.id
        ownerName = found.ownerName
        period = model.period
        status = model.status
        approvalOrder = model.approvalOrder
        progress = RoadmapActivity.progress(
            of: (detail?.roadmap.activities) ?? model.$activities.value?.map(\.value) ?? [])
        stages = try detail.map { detail in
            try detail.stages.map { stage in
                Stage(
                    id: try stage.requireID(), number: stage.number, title: stage.title, goal: stage.goal,
                    activities: try detail.activities(of: stage).map { activity in
                        let value = activity.value
                        return Activity(
                            id: try activity.requireID(), number: value.number, title: value.title, due: value.due,
                            responsible: value.responsible,
                            responsibleAccount: activity.$responsibleAccount.id, deliverable: value.deliverable,
                            deliverableKind: value.deliverableKind, status: value.status, doneOn: value.doneOn,
                            notes: value.notes,
                            overdue: value.isOverdue(on: today),
                            evidence: try activity.evidence.map {
                                Evidence(
                                    id: try $0.requireID(), title: $0.title, link: $0.address, fileName: $0.fileName)
                            })
                    })
            }
        }
    }
}

/// A new roadmap through the API: from a template over a period, or stage by stage.
struct RoadmapCreateInput: Content {
    struct StageInput: Content {
        var number: String?
        var title: String
        var goal: String?
        var activities: [ActivityInput]?
    }

    var organizationID: UUID?
    var authorityID: UUID?
    var template: String?
    var title: String?
    var period: DateSpan?
    var stages: [StageInput]?

    var owner: Roadmap.Owner? {
        if let organizationID { return .organization(.init(organizationID)) }
        if let authorityID { return .authority(.init(authorityID)) }
        return nil
    }

    func roadmap(today: CalendarDate) throws -> Roadmap {
        let period = period ?? DateSpan.academicYear(startingIn: today.academicYear)
        if let template {
            guard let found = RoadmapTemplate.named(template) else {
                throw ValidationFailure(fields: [
                    "template": "Неизвестный шаблон: \(RoadmapTemplate.all.map(\.id).joined(separator: ", "))."
                ])
            }
            return found.roadmap(period: period, title: title)
        }
        var roadmap = Roadmap(title: title ?? "", period: period)
        let context = roadmap.dueContext
        roadmap.stages = try (stages ?? []).map { stage in
            RoadmapStage(
                number: stage.number ?? "", title: stage.title, goal: stage.goal,
                activities: try (stage.activities ?? []).map { input in
                    try input.applied(
                        to: RoadmapActivity(number: "", title: "", due: DueDate(text: "")), context: context,
                        today: today
                    ).0
                })
        }
        return roadmap
    }
}
