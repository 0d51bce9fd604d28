import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Mentoring programs of an organization: the list, the form, and the program page that leads to its bases and surveys.
struct ProgramController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programs(.key), use: list)
        routes.get(.newProgram(.key), use: new)
        routes.post(.newProgram(.key), use: create)
        routes.get(.program(.key), use: page)
        routes.get(.editProgram(.key), use: edit)
        routes.post(.editProgram(.key), use: update)
    }

    func list(req: Request) async throws -> View {
        let (programs, org, access) = try await ProgramService(scope: req.scope()).programs(
            in: req.id("organizationID"))
        let meta = req.pageMeta(
            "Программы наставничества",
            breadcrumbs: [Link(org.details.shortName, .organization(.id(org.id.rawValue)))],
            scopeName: org.details.shortName)
        return try await req.view.render(
            "programs/list", ProgramListContext(meta: meta, organization: org, access: access, programs: programs))
    }

    func new(req: Request) async throws -> View {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let year = req.clock.today.academicYear
        let input = ProgramInput(
            title: "Программа наставничества на \(year)–\(year + 1) учебный год", periodStart: "01.09.\(year)",
            periodEnd: "31.08.\(year + 1)", forms: [])
        return try await req.render(form(req, org: org, program: nil, input: input, failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let input = try req.content.decode(ProgramInput.self)
        return try await req.submit(
            {
                let program = try await ProgramService(scope: req.scope()).create(in: try org.requireID(), input: input)
                return req.redirect(to: SiteURL.program(.id(try program.requireID())).path)
            }, form: { try form(req, org: org, program: nil, input: input, failure: $0) })
    }

    func edit(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        let program = context.program
        let input = ProgramInput(
            title: program.title, periodStart: program.period.start?.russian, periodEnd: program.period.end?.russian,
            forms: program.forms.map(\.rawValue))
        return try await req.render(
            form(req, org: context.organization, program: program, input: input, failure: nil))
    }

    func update(req: Request) async throws -> Response {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        let input = try req.content.decode(ProgramInput.self)
        return try await req.submit(
            {
                _ = try await ProgramService(scope: req.scope()).update(context.id, input: input)
                return req.redirect(to: SiteURL.program(.id(context.id)).path)
            }, form: { try form(req, org: context.organization, program: context.program, input: input, failure: $0) })
    }

    private func form(
        _ req: Request, org: OrganizationModel, program: ProgramModel?, input: ProgramInput, failure: ValidationFailure?
    ) throws -> ProgramFormContext {
        ProgramFormContext(
            meta: req.pageMeta(
                program == nil ? "Новая программа наставничества" : "Изменение программы",
                breadcrumbs: try Self.crumbs(org), scopeName: org.shortName),
            organization: try org.requireID(), program: program?.id, input: input, failure: failure)
    }

    func page(req: Request) async throws -> View {
        let scope = try req.scope()
        let context = try await ProgramService(scope: scope).program(req.id("programID"))
        let surveys = try await SurveyService(scope: scope).surveys(of: context.id)
        let meta = req.pageMeta(
            context.program.title, breadcrumbs: try Self.crumbs(context.organization),
            scopeName: context.organization.shortName)
        return try await req.view.render(
            "programs/card",
            ProgramCardContext(
                meta: meta, program: try context.program.value, manages: context.access.manages, surveys: surveys))
    }

    static func crumbs(_ org: OrganizationModel) throws -> [Link] {
        [
            Link(org.shortName, .organization(.id(try org.requireID()))),
            Link("Программы наставничества", .programs(.id(try org.requireID()))),
        ]
    }
}
