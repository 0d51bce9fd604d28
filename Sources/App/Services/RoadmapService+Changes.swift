import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension RoadmapService {
    /// Approves (with the order that did it), archives or returns a roadmap to work.
    func setStatus(_ id: UUID, status: String, approvalOrder: String?) async throws {
        let found = try await managed(id)
        guard let value = Roadmap.Status(rawValue: status) else {
            throw ValidationFailure(fields: ["status": "Неизвестный статус."])
        }
        let order = approvalOrder?.trimmingCharacters(in: .whitespaces) ?? ""
        if value == .approved && order.isEmpty && found.model.approvalOrder == nil {
            throw ValidationFailure(fields: ["approval_order": "Укажите приказ, которым утверждена дорожная карта."])
        }
        found.model.status = value
        if !order.isEmpty { found.model.approvalOrder = order }
        try await found.model.save(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .roadmap, objectID: id, organizationID: found.model.$organization.id, fields: ["status"])
    }

    func addStage(to id: UUID, _ input: StageInput) async throws -> UUID {
        let found = try await managed(id)
        let title = input.title?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !title.isEmpty else { throw ValidationFailure(fields: ["title": "Укажите название этапа."]) }
        let count = try await RoadmapStageModel.query(on: scope.db).filter(\.$roadmap.$id == id).count()
        let stage = RoadmapStageModel()
        stage.$roadmap.id = id
        stage.position = count
        stage.number = input.number?.trimmingCharacters(in: .whitespaces) ?? ""
        stage.title = title
        let goal = input.goal?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        stage.goal = goal.isEmpty ? nil : goal
        try await stage.create(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .roadmap, objectID: id, organizationID: found.model.$organization.id, fields: ["stage"])
        return (try stage.requireID())
    }

    /// Deletes a roadmap with its stages, activities and evidence.
    func delete(_ id: UUID) async throws {
        let found = try await managed(id)
        try await scope.db.atomically { db in
            try await RoadmapEvidenceModel.query(on: db)
                .filter(\.$activity.$id ~~ RoadmapActivityModel.query(on: db).filter(\.$roadmap.$id == id).all(\.$id))
                .delete()
            try await RoadmapActivityModel.query(on: db).filter(\.$roadmap.$id == id).delete()
            try await RoadmapStageModel.query(on: db).filter(\.$roadmap.$id == id).delete()
            try await found.model.delete(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .roadmap, objectID: id, organizationID: found.model.$organization.id, fields: ["deleted"])
        }
    }
}
