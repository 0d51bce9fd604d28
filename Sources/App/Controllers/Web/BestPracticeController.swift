import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Cases of best practice on the pages: an organization's list and form, a case with its steps, the municipal base.
struct BestPracticeController: RouteCollection {
    struct StepForm: Content {
        var status: String?
        var note: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.bestPractices(.key)) { req in
            try await req.render(try await listPage(req, input: .init(), failure: nil))
        }
        routes.post(.bestPractices(.key), use: create)
        routes.get(.bestPractice(.key)) { req in try await req.render(try await casePage(req, input: nil, failure: nil))
        }
        routes.post(.bestPractice(.key), use: update)
        routes.post(.bestPracticeStatus(.key)) { req in
            let id = try req.id("practiceID")
            let step = try req.content.decode(StepForm.self)
            return try await req.submit(
                {
                    guard let next = step.status.flatMap(BestPracticeStatus.init(rawValue:)) else {
                        throw DomainError.notFound
                    }
                    let practice = try await service(req).move(id, to: next, note: step.note)
                    return try await req.redirect(
                        to: SiteURL.bestPractice(.id(id)).path, notice: "Практика: «\(practice.status.title)».")
                }, form: { try await casePage(req, input: nil, failure: $0) })
        }
        routes.get(.municipalBestPractices(.key)) { req in
            let id = try req.id("municipalityID")
            let search = try req.query.decode(BestPracticeSearch.self)
            let (municipality, practices, organizations) = try await service(req).base(id, search)
            let meta = req.pageMeta(
                "База лучших практик наставничества", breadcrumbs: [Link("Муниципальные базы", .municipalBases)],
                scopeName: municipality.name)
            return try await req.view.render(
                "best-practices/base",
                try BestPracticeBaseContext(
                    meta: meta, municipality: id, search: search, practices: practices, organizations: organizations))
        }
    }

    private func service(_ req: Request) throws -> BestPracticeService { BestPracticeService(scope: try req.scope()) }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(BestPracticeInput.self)
        return try await req.submit(
            {
                let practice = try await service(req).create(in: req.id("organizationID"), input)
                return try await req.redirect(
                    to: SiteURL.bestPractice(.id(try practice.requireID())).path, notice: "Практика создана.")
            }, form: { try await listPage(req, input: input, failure: $0) })
    }

    func update(req: Request) async throws -> Response {
        let input = try req.content.decode(BestPracticeInput.self)
        let id = try req.id("practiceID")
        return try await req.submit(
            {
                _ = try await service(req).update(id, input)
                return try await req.redirect(to: SiteURL.bestPractice(.id(id)).path, notice: "Сохранено.")
            }, form: { try await casePage(req, input: input, failure: $0) })
    }

    private func listPage(
        _ req: Request, input: BestPracticeInput, failure: ValidationFailure?
    ) async throws -> BestPracticeListContext {
        let id = try req.id("organizationID")
        let (org, access, practices) = try await service(req).list(id)
        let meta = req.pageMeta(
            "Лучшие практики", breadcrumbs: [Link(org.shortName, .organization(.id(id)))], scopeName: org.shortName)
        return try BestPracticeListContext(
            meta: meta, notice: req.notice, organization: id, manages: access.manages, practices: practices,
            sources: access.manages ? try await service(req).sources(of: id, access: access) : [], input: input,
            failure: failure)
    }

    private func casePage(
        _ req: Request, input: BestPracticeInput?, failure: ValidationFailure?
    ) async throws -> BestPracticePageContext {
        let (practice, org, access) = try await service(req).find(req.id("practiceID"))
        let meta = req.pageMeta(
            practice.title, breadcrumbs: [Link("Лучшие практики", .bestPractices(.id(try org.requireID())))],
            scopeName: org.shortName)
        return try BestPracticePageContext(
            meta: meta, notice: req.notice, practice: practice, access: access,
            publishable: try await service(req).isPublishable(practice), input: input, failure: failure)
    }
}
