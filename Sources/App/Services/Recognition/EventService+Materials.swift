import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// An event's photos and materials, and the event as the evidence of a roadmap activity.
extension EventService {
    func addMaterial(_ id: UUID, _ file: ScanUpload?) async throws {
        let (_, org, access) = try await find(id)
        try access.requireManagement()
        guard let file else {
            throw ValidationFailure(fields: ["file": "Выберите фото или материал (PDF, JPEG, PNG)."])
        }
        if let problem = ConsentService.problem(with: file) { throw ValidationFailure(fields: ["file": problem]) }
        let count = try await EventMaterialModel.query(on: scope.db).filter(\.$event.$id == id).count()
        guard count < Self.maxMaterials else {
            throw ValidationFailure(fields: ["file": "У мероприятия уже \(Self.maxMaterials) материалов."])
        }
        try await scope.db.atomically { db in
            let material = EventMaterialModel()
            material.$event.id = id
            (material.fileName, material.contentType, material.data) = (file.fileName, file.contentType, file.data)
            material.uploadedAt = scope.now
            try await material.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .mentoringEvent, objectID: id, organizationID: org.id, role: access.role,
                fields: ["materials"])
        }
    }

    /// A material of the event; its download is audited, photos may show people.
    func material(_ id: UUID, _ materialID: UUID) async throws -> ScanUpload {
        let (_, org, access) = try await find(id)
        guard
            let material = try await EventMaterialModel.query(on: scope.db).filter(\.$id == materialID)
                .filter(\.$event.$id == id).first()
        else { throw DomainError.notFound }
        try await AuditLog(scope: scope).record(
            .download, .mentoringEvent, objectID: id, organizationID: org.id, role: access.role,
            fields: ["materials"])
        return ScanUpload(fileName: material.fileName, data: material.data)
    }

    /// Cites the event as the evidence of one of the organization's roadmap activities that does not cite it yet.
    func attach(_ id: UUID, to activityID: UUID?) async throws {
        let (event, _, access) = try await find(id)
        try access.requireManagement()
        try await RoadmapService(scope: scope).cite(
            .event(id), titled: "\(event.kind.title) «\(event.title)», \(event.heldOn.russian)", on: activityID,
            in: event.$organization.id)
    }
}
