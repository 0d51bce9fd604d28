import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// One activity of a roadmap: editing with status and evidence, adding, deleting, and the evidence files.
struct RoadmapActivityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.activity(roadmap: .key, activity: .key), use: edit)
        routes.post(
            .activity(roadmap: .key, activity: .key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: update)
        routes.get(.newActivity(roadmap: .key, stage: .key), use: new)
        routes.post(.newActivity(roadmap: .key, stage: .key), use: create)
        routes.post(.deleteActivity(roadmap: .key, activity: .key), use: delete)
        routes.get(.evidence(roadmap: .key, evidence: .key), use: evidenceFile)
    }

    func edit(req: Request) async throws -> View {
        let scope = try req.scope()
        let (found, activity) = try await RoadmapService(scope: scope).activity(
            req.id("activityID"), in: req.id("roadmapID"))
        guard found.manages else {
            throw Abort(.forbidden, reason: "Изменять дорожную карту может куратор или руководитель.")
        }
        return try await req.render(
            form(
                req, found: found, activity: activity, input: ActivityInput(activity), evidence: EvidenceFields(),
                failure: nil))
    }

    func update(req: Request) async throws -> Response {
        let scope = try req.scope()
        let roadmapID = try req.id("roadmapID")
        let activityID = try req.id("activityID")
        let service = RoadmapService(scope: scope)
        let (found, activity) = try await service.activity(activityID, in: roadmapID)
        let input = try req.content.decode(ActivityInput.self)
        let evidence = try req.content.decode(EvidenceFields.self)
        let upload = ScanUpload(req, field: "evidence_file")
        return try await req.submit(
            {
                let offered = EvidenceSuggestion.suggestions(
                    for: activity.value,
                    organizationID: found.model.$organization.id)
                try await service.update(
                    activity: activityID, in: roadmapID, input: input,
                    evidence: evidence.input(file: upload, offered: offered))
                // Back to the activity's own row, not the top of a long page, with word that it was saved.
                let row = SiteURL.roadmap(.id(roadmapID)).path + "#" + RoadmapPage.anchor(activityID)
                return try await req.redirect(
                    to: row,
                    notice: "Мероприятие «\(input.title ?? activity.value.title)» сохранено.")
            },
            form: { failure in
                try await form(
                    req, found: found, activity: activity, input: input, evidence: evidence, failure: failure)
            })
    }

    func new(req: Request) async throws -> View {
        let found = try await RoadmapService(scope: req.scope()).managed(req.id("roadmapID"))
        return try await req.render(
            newForm(req, found: found, stageID: req.id("stageID"), input: ActivityInput(), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let roadmapID = try req.id("roadmapID")
        let stageID = try req.id("stageID")
        let found = try await RoadmapService(scope: scope).managed(roadmapID)
        let input = try req.content.decode(ActivityInput.self)
        return try await req.submit(
            {
                _ = try await RoadmapService(scope: scope).addActivity(to: stageID, in: roadmapID, input: input)
                return req.redirect(to: SiteURL.roadmap(.id(roadmapID)).path)
            },
            form: { failure in try await newForm(req, found: found, stageID: stageID, input: input, failure: failure) })
    }

    func delete(req: Request) async throws -> Response {
        let roadmapID = try req.id("roadmapID")
        try await RoadmapService(scope: req.scope()).deleteActivity(req.id("activityID"), in: roadmapID)
        return req.redirect(to: SiteURL.roadmap(.id(roadmapID)).path)
    }

    func evidenceFile(req: Request) async throws -> Response {
        let evidence = try await RoadmapService(scope: req.scope()).evidence(
            req.id("evidenceID"), in: req.id("roadmapID"))
        guard let data = evidence.data, let name = evidence.fileName else { throw Abort(.notFound) }
        return FileDownload.response(data, fileName: name, contentType: evidence.contentType)
    }

    private func form(
        _ req: Request, found: FoundRoadmap, activity: RoadmapActivityModel, input: ActivityInput,
        evidence: EvidenceFields, failure: ValidationFailure?
    ) async throws -> ActivityFormContext {
        ActivityFormContext(
            meta: req.pageMeta(
                "Мероприятие \(activity.number)", breadcrumbs: try crumbs(found), scopeName: found.ownerName),
            roadmap: try found.model.requireID(), activity: try activity.requireID(),
            attached: activity.evidence.map(\.title), input: input, evidence: evidence,
            accounts: try await accounts(req, found),
            suggestions: EvidenceSuggestion.suggestions(
                for: activity.value, organizationID: found.model.$organization.id),
            failure: failure)
    }

    private func newForm(
        _ req: Request, found: FoundRoadmap, stageID: UUID, input: ActivityInput, failure: ValidationFailure?
    ) async throws -> ActivityFormContext {
        ActivityFormContext(
            meta: req.pageMeta("Новое мероприятие", breadcrumbs: try crumbs(found), scopeName: found.ownerName),
            roadmap: try found.model.requireID(), stage: stageID, input: input,
            accounts: try await accounts(req, found), failure: failure)
    }

    private func accounts(_ req: Request, _ found: FoundRoadmap) async throws -> [(id: UUID, name: String)] {
        try await RoadmapDetail.accounts(of: found, on: req.db).map { (try $0.requireID(), $0.displayName) }
    }

    private func crumbs(_ found: FoundRoadmap) throws -> [Link] {
        [Link("Дорожные карты", .roadmaps), Link(found.model.title, .roadmap(.id(try found.model.requireID())))]
    }
}
