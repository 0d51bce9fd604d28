import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Roadmaps: the list (for an authority, its organizations' progress), creation from a template, the roadmap page,
/// approval and archiving, new stages.
struct RoadmapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.roadmaps, use: list)
        routes.get(.newRoadmap, use: new)
        routes.post(.newRoadmap, use: create)
        routes.get(.roadmap(.key), use: page)
        routes.post(.roadmapStatus(.key), use: status)
        routes.get(.newStage(.key), use: newStage)
        routes.post(.newStage(.key), use: createStage)
    }

    func list(req: Request) async throws -> View {
        let scope = try req.scope()
        let service = RoadmapService(scope: scope)
        try service.requireStaff()
        let page = RoadmapListPage(
            meta: req.pageMeta("Дорожные карты"),
            rows: try await RoadmapListPage.rows(
                service.accessible(), organizations: OrganizationDirectory(scope: scope).accessible(),
                user: scope.user, today: scope.today),
            canCreate: try await !service.ownerChoices().isEmpty,
            newURL: SiteURL.newRoadmap.path, importURL: SiteURL.importRoadmap.path)
        return try await req.view.render("roadmaps/list", page)
    }

    func new(req: Request) async throws -> View {
        let today = req.clock.today
        let start = DateSpan.academicYear(startingIn: today.academicYear)
        let input = NewRoadmapInput(
            template: RoadmapTemplate.all[0].id, owner: nil, title: nil,
            periodStart: start.start?.russian, periodEnd: start.end?.russian)
        return try await req.render(form(req, input: input, failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let input = try req.content.decode(NewRoadmapInput.self)
        return try await req.submit(
            {
                let owners = try await RoadmapService(scope: scope).ownerChoices()
                let (template, owner, period, title) = try input.validated(owners: owners.map(\.owner))
                let id = try await RoadmapService(scope: scope).save(
                    template.roadmap(period: period, title: title), owner: owner)
                return req.redirect(to: SiteURL.roadmap(.id(id)).path)
            }, form: { failure in try await form(req, input: input, failure: failure) })
    }

    func page(req: Request) async throws -> View {
        let scope = try req.scope()
        let found = try await RoadmapService(scope: scope).find(req.id("roadmapID"))
        let detail = try await RoadmapDetail.load(found, on: scope.db)
        let filter = req.query[String.self, at: "filter"].flatMap(RoadmapPage.ActivityFilter.init(rawValue:)) ?? .all
        return try await req.view.render(
            "roadmaps/page",
            RoadmapPage(
                layout: req.layout, today: req.clock.today, notice: req.notice, detail: detail, filter: filter,
                user: scope.user))
    }

    func status(req: Request) async throws -> Response {
        struct Input: Content {
            var status: String?
            var approvalOrder: String?
            enum CodingKeys: String, CodingKey {
                case status
                case approvalOrder = "approval_order"
            }
        }
        let input = try req.content.decode(Input.self)
        let id = try req.id("roadmapID")
        try await RoadmapService(scope: req.scope()).setStatus(
            id, status: input.status ?? "", approvalOrder: input.approvalOrder)
        return req.redirect(to: SiteURL.roadmap(.id(id)).path)
    }

    func newStage(req: Request) async throws -> View {
        let found = try await RoadmapService(scope: req.scope()).managed(req.id("roadmapID"))
        return try await req.render(try stageForm(req, found: found, input: StageInput(), failure: nil))
    }

    func createStage(req: Request) async throws -> Response {
        let scope = try req.scope()
        let id = try req.id("roadmapID")
        let found = try await RoadmapService(scope: scope).managed(id)
        let input = try req.content.decode(StageInput.self)
        return try await req.submit(
            {
                _ = try await RoadmapService(scope: scope).addStage(to: id, input)
                return req.redirect(to: SiteURL.roadmap(.id(id)).path)
            }, form: { failure in try stageForm(req, found: found, input: input, failure: failure) })
    }

    private func form(
        _ req: Request, input: NewRoadmapInput, failure: ValidationFailure?
    ) async throws -> RoadmapFormContext {
        let owners = try await RoadmapService(scope: req.scope()).creationOwners(
            refusal: "Создавать дорожные карты может куратор, руководитель или координатор органа управления.")
        return RoadmapFormContext(
            meta: req.pageMeta("Новая дорожная карта", breadcrumbs: [Link("Дорожные карты", .roadmaps)]),
            input: input, owners: owners, failure: failure)
    }

    private func stageForm(
        _ req: Request, found: FoundRoadmap, input: StageInput, failure: ValidationFailure?
    ) throws -> StageFormContext {
        let id = try found.model.requireID()
        return StageFormContext(
            meta: req.pageMeta(
                "Новый этап",
                breadcrumbs: [Link("Дорожные карты", .roadmaps), Link(found.model.title, .roadmap(.id(id)))],
                scopeName: found.ownerName),
            roadmap: id, input: input, failure: failure)
    }
}
