import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Roadmaps, their stages and activities; import of a document returning the same JSON as the console.
struct APIRoadmapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("roadmaps", use: list)
        routes.post("roadmaps", use: create)
        routes.on(.POST, "roadmaps", "import", body: .collect(maxSize: "21mb"), use: importDocument)
        routes.get("roadmaps", ":roadmapID", use: show)
        routes.put("roadmaps", ":roadmapID", use: update)
        routes.delete("roadmaps", ":roadmapID", use: delete)
        routes.post("roadmaps", ":roadmapID", "stages", use: addStage)
        routes.post("roadmaps", ":roadmapID", "stages", ":stageID", "activities", use: addActivity)
        routes.put("roadmaps", ":roadmapID", "activities", ":activityID", use: updateActivity)
        routes.delete("roadmaps", ":roadmapID", "activities", ":activityID", use: deleteActivity)
    }

    func list(req: Request) async throws -> [RoadmapDTO] {
        let scope = try req.scope()
        return try await RoadmapService(scope: scope).accessible().map {
            try RoadmapDTO($0, detail: nil, today: scope.today)
        }
    }

    func show(req: Request) async throws -> RoadmapDTO {
        try await dto(req, id: req.id("roadmapID"))
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let input = try req.content.decode(RoadmapCreateInput.self)
        guard let owner = input.owner else {
            throw ValidationFailure(fields: ["organizationID": "Укажите organizationID или authorityID."])
        }
        let id = try await RoadmapService(scope: scope).save(input.roadmap(today: scope.today), owner: owner)
        return try await dto(req, id: id).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> RoadmapDTO {
        // `status` is the one thing this call changes: without it the call is refused, not answered with nothing done.
        struct Input: Content {
            var status: String
            var approvalOrder: String?
        }
        let id = try req.id("roadmapID")
        _ = try await RoadmapService(scope: req.scope()).find(id)  // another organization's roadmap is a 404 first
        let input = try req.content.decode(Input.self)
        try await RoadmapService(scope: req.scope())
            .setStatus(id, status: input.status, approvalOrder: input.approvalOrder)
        return try await dto(req, id: id)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        try await RoadmapService(scope: req.scope()).delete(req.id("roadmapID"))
        return .noContent
    }

    func addStage(req: Request) async throws -> Response {
        let id = try req.id("roadmapID")
        _ = try await RoadmapService(scope: req.scope()).addStage(to: id, req.content.decode(StageInput.self))
        return try await dto(req, id: id).encodeResponse(status: .created, for: req)
    }

    func addActivity(req: Request) async throws -> Response {
        let id = try req.id("roadmapID")
        _ = try await RoadmapService(scope: req.scope()).addActivity(
            to: req.id("stageID"), in: id, input: req.content.decode(ActivityInput.self))
        return try await dto(req, id: id).encodeResponse(status: .created, for: req)
    }

    func updateActivity(req: Request) async throws -> RoadmapDTO {
        let id = try req.id("roadmapID")
        try await RoadmapService(scope: req.scope()).update(
            activity: req.id("activityID"), in: id, input: req.content.decode(ActivityInput.self))
        return try await dto(req, id: id)
    }

    func deleteActivity(req: Request) async throws -> HTTPStatus {
        try await RoadmapService(scope: req.scope()).deleteActivity(req.id("activityID"), in: req.id("roadmapID"))
        return .noContent
    }

    /// multipart/form-data with `file`: the parsed roadmap, nothing saved.
    func importDocument(req: Request) async throws -> Response {
        _ = try req.scope()
        guard let file = try? req.content.get(File.self, at: "file") else {
            throw ValidationFailure(fields: ["file": "Передайте файл дорожной карты в поле file (multipart/form-data)."]
            )
        }
        do {
            let imported = try RoadmapImporter.read(Data(file.data.readableBytesView), fileName: file.filename)
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: try imported.json()))
        } catch let error as DocumentError {
            throw ValidationFailure(fields: ["file": error.message])
        }
    }

    private func dto(_ req: Request, id: UUID) async throws -> RoadmapDTO {
        let scope = try req.scope()
        let found = try await RoadmapService(scope: scope).find(id)
        return try RoadmapDTO(found, detail: try await RoadmapDetail.load(found, on: scope.db), today: scope.today)
    }
}
