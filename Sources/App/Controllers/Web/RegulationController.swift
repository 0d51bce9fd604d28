import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The regulation of the organization's mentoring system: its page, the curator's edits, a new draft from the
/// organization's data, a new edition after approval, and its DOCX.
struct RegulationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.regulation(.key), use: show)
        routes.post(.regulation(.key), body: .collect(maxSize: "1mb"), use: save)
        routes.post(.regulationRedraft(.key)) { req in
            try await change(req, notice: "Положение составлено заново по данным организации.") {
                try await $0.redraft($1)
            }
        }
        routes.post(.regulationNewEdition(.key)) { req in
            try await change(req, notice: "Начата новая редакция: после правки утвердите её новым приказом.") {
                try await $0.startNewEdition($1)
            }
        }
        routes.get(.regulationDocument(.key)) { req in
            let (data, name) = try await RegulationService(scope: req.scope()).document(req.id("organizationID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
    }

    func show(req: Request) async throws -> View {
        try await req.render(try await context(req, input: nil, failure: nil))
    }

    func save(req: Request) async throws -> Response {
        let input = RegulationPageContext.input(try req.content.decode([String: String].self))
        let id = try req.id("organizationID")
        return try await req.submit(
            {
                _ = try await RegulationService(scope: req.scope()).save(id, input)
                return try await req.redirect(to: SiteURL.regulation(.id(id)).path, notice: "Положение сохранено.")
            },
            form: { try await context(req, input: input, failure: $0) })
    }

    private func change(
        _ req: Request, notice: String, _ action: (RegulationService, UUID) async throws -> RegulationState
    ) async throws -> Response {
        let id = try req.id("organizationID")
        _ = try await action(RegulationService(scope: req.scope()), id)
        return try await req.redirect(to: SiteURL.regulation(.id(id)).path, notice: notice)
    }

    private func context(
        _ req: Request, input: RegulationInput?, failure: ValidationFailure?
    ) async throws -> RegulationPageContext {
        let state = try await RegulationService(scope: req.scope()).read(req.id("organizationID"))
        let org = state.organization
        let meta = req.pageMeta(
            "Положение о системе наставничества",
            breadcrumbs: [Link(org.shortName, .organization(.id(try org.requireID())))], scopeName: org.shortName)
        return try RegulationPageContext(meta: meta, notice: req.notice, state: state, input: input, failure: failure)
    }
}
