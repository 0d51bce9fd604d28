import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The people of an organization: list with search and filters, forms to create and edit.
struct PeopleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.people(.key), use: list)
        routes.get(.newPerson(.key), use: new)
        routes.post(.newPerson(.key), use: create)
        routes.get(.editPerson(.key), use: edit)
        routes.post(.editPerson(.key), use: update)
    }

    func list(req: Request) async throws -> View {
        let query = try req.query.decode(PeopleListPage.Query.self)
        let organizationID = try req.id("organizationID")
        let (page, org, access) = try await PeopleService(scope: req.scope()).list(
            organizationID: organizationID, filter: query.filter)
        return try await req.view.render(
            "people/list",
            PeopleListPage(
                layout: req.layout, today: req.clock.today, notice: req.notice, query: query, page: page, org: org,
                access: access))
    }

    func new(req: Request) async throws -> View {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        return try await req.render(newForm(req, org: org, input: PersonInput(), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let input = try req.content.decode(PersonInput.self)
        return try await req.submit(
            {
                let (person, _) = try await PeopleService(scope: req.scope()).create(
                    in: try org.requireID(), input: input)
                return req.redirect(to: SiteURL.person(.id(try person.requireID())).path)
            }, form: { try newForm(req, org: org, input: input, failure: $0) })
    }

    func edit(req: Request) async throws -> View {
        let (person, org, _) = try await PeopleService(scope: req.scope()).managedPerson(req.id("personID"))
        return try await req.render(
            editForm(req, person: person, org: org, input: PersonInput(person.details), failure: nil))
    }

    func update(req: Request) async throws -> Response {
        let service = PeopleService(scope: try req.scope())
        let (person, org, _) = try await service.managedPerson(req.id("personID"))
        let input = try req.content.decode(PersonInput.self)
        // A version that is not a number matches none, so a damaged form cannot overwrite anything.
        let version = req.content[String.self, at: "version"].map { Int($0) ?? -1 }
        do {
            return try await req.submit(
                {
                    try await service.update((try person.requireID()), input: input, version: version)
                    return req.redirect(to: SiteURL.person(.id(try person.requireID())).path)
                }, form: { try editForm(req, person: person, org: org, input: input, failure: $0) })
        } catch is EditConflict {
            // The typed values stay in the form; above it, what is stored now, and the new version to save over it.
            let (current, _, _) = try await service.managedPerson(try person.requireID())
            var page = try editForm(req, person: current, org: org, input: input, failure: nil)
            page.form.alert = PersonForm.conflict(typed: input, stored: PersonInput(current.details))
            return try await req.render(page).encodeResponse(status: .conflict, for: req)
        }
    }

    private func newForm(
        _ req: Request, org: OrganizationModel, input: PersonInput, failure: ValidationFailure?
    ) throws -> PersonFormContext {
        PersonFormContext(
            meta: req.pageMeta("Новый участник", breadcrumbs: try Self.crumbs(org), scopeName: org.shortName),
            organization: try org.requireID(), input: input, failure: failure)
    }

    private func editForm(
        _ req: Request, person: PersonModel, org: OrganizationModel, input: PersonInput, failure: ValidationFailure?
    ) throws -> PersonFormContext {
        PersonFormContext(
            meta: req.pageMeta(
                "Изменение данных",
                breadcrumbs: try Self.crumbs(org) + [
                    Link(person.details.shortName, .person(.id(try person.requireID())))
                ],
                scopeName: org.shortName),
            person: try person.requireID(), version: person.version, input: input, failure: failure)
    }

    static func crumbs(_ org: OrganizationModel) throws -> [Link] {
        [
            Link(org.shortName, .organization(.id(try org.requireID()))),
            Link("Участники", .people(.id(try org.requireID()))),
        ]
    }
}
