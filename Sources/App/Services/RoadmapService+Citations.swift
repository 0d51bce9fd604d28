import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// An object of the system (an event, a course) cited as the evidence of an organization's roadmap activity.
extension RoadmapService {
    /// The organization's roadmap activities that do not cite the object yet.
    func activities(notCiting object: EvidenceObject, in organizationID: UUID) async throws -> [RoadmapActivityModel] {
        let roadmaps = try await RoadmapModel.query(on: scope.db).filter(\.$organization.$id == organizationID).all()
        return try await RoadmapActivityModel.query(on: scope.db)
            .filter(\.$roadmap.$id ~~ roadmaps.map { try $0.requireID() }).with(\.$evidence).all()
            .filter { !$0.evidence.contains { $0.object == object } }
    }

    /// Cites the object, titled as given, on one of those activities; any other activity is refused by the field.
    func cite(
        _ object: EvidenceObject, titled title: String, on activityID: UUID?, in organizationID: UUID
    ) async throws {
        let activities = try await activities(notCiting: object, in: organizationID)
        guard let activity = activities.first(where: { $0.id == activityID }) else {
            throw ValidationFailure(fields: ["activity": "Выберите мероприятие дорожной карты."])
        }
        try await addEvidence(
            to: try activity.requireID(), in: activity.$roadmap.id,
            EvidenceInput(title: "", link: nil, file: nil, page: .init(title: title, object: object)))
    }
}
