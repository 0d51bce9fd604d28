import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Adding a legal representative to a person.
struct RepresentativeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newRepresentative(.key), use: new)
        routes.post(.newRepresentative(.key), use: create)
    }

    func new(req: Request) async throws -> View {
        let (person, org, _) = try await PeopleService(scope: req.scope()).managedPerson(req.id("personID"))
        return try await req.render(
            form(req, person: person, org: org, input: LegalRepresentativeInput(), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let (person, org, _) = try await PeopleService(scope: req.scope()).managedPerson(req.id("personID"))
        let input = try req.content.decode(LegalRepresentativeInput.self)
        return try await req.submit(
            {
                _ = try await RepresentativeService(scope: req.scope()).add(to: try person.requireID(), input: input)
                return req.redirect(to: SiteURL.person(.id(try person.requireID())).path)
            }, form: { try form(req, person: person, org: org, input: input, failure: $0) })
    }

    private func form(
        _ req: Request, person: PersonModel, org: OrganizationModel, input: LegalRepresentativeInput,
        failure: ValidationFailure?
    ) throws -> RepresentativeFormContext {
        RepresentativeFormContext(
            meta: req.pageMeta(
                "Законный представитель",
                breadcrumbs: try PeopleController.crumbs(org) + [
                    Link(person.details.shortName, .person(.id(try person.requireID())))
                ],
                scopeName: org.shortName),
            person: try person.requireID(), input: input, failure: failure)
    }
}
