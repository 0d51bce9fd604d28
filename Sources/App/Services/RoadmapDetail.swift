import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A roadmap with its stages, activities and evidence loaded in order, and the Core value built from them.
struct RoadmapDetail {
    var found: FoundRoadmap
    var stages: [RoadmapStageModel]
    /// Activities per stage id, in order.
    var activities: [UUID: [RoadmapActivityModel]]

    static func load(_ found: FoundRoadmap, on db: any Database) async throws -> RoadmapDetail {
        let id = try found.model.requireID()
        let stages = try await RoadmapStageModel.query(on: db).filter(\.$roadmap.$id == id).sort(\.$position).all()
        let activities = try await RoadmapActivityModel.query(on: db).filter(\.$roadmap.$id == id).with(\.$evidence)
            .sort(\.$position).all()
        return RoadmapDetail(
            found: found, stages: stages, activities: Dictionary(grouping: activities) { $0.$stage.id })
    }

    func activities(of stage: RoadmapStageModel) -> [RoadmapActivityModel] { stage.id.flatMap { activities[$0] } ?? [] }

    var roadmap: Roadmap {
        let model = found.model
        return Roadmap(
            title: model.title, period: model.period, status: model.status, approvalOrder: model.approvalOrder,
            source: model.source,
            stages: stages.map { stage in
                RoadmapStage(
                    number: stage.number, title: stage.title, goal: stage.goal, expectedResult: stage.expectedResult,
                    activities: activities(of: stage).map(\.value))
            })
    }

    /// The accounts an activity can be assigned to: staff of the roadmap's organization.
    static func accounts(of found: FoundRoadmap, on db: any Database) async throws -> [AccountModel] {
        guard let organizationID = found.model.$organization.id else { return [] }
        let grants = try await GrantModel.query(on: db).filter(\.$organizationID == organizationID).with(\.$account)
            .all()
        var seen = Set<UUID>()
        return try grants.filter {
            Role(rawValue: $0.role)?.seesWholeOrganization == true || $0.role == Role.mentor.rawValue
        }
        .map(\.account).filter { seen.insert(try $0.requireID()).inserted }.sorted { $0.displayName < $1.displayName }
    }
}
