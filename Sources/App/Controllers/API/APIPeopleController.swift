import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

struct APIPeopleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("organizations", ":organizationID", "people", use: list)
        routes.post("organizations", ":organizationID", "people", use: create)
        routes.get("people", ":personID", use: show)
        routes.put("people", ":personID", use: update)
    }

    func list(req: Request) async throws -> PersonPageDTO {
        let query = try req.query.decode(PeopleListPage.Query.self)
        let (page, _, access) = try await PeopleService(scope: req.scope()).list(organizationID: req.id("organizationID"), filter: query.filter)
        let today = req.clock.today
        return PersonPageDTO(items: page.rows.map { PersonDTO($0.person, consents: $0.person.consents, today: today, access: access) },
                             page: page.page, pageCount: page.pageCount, total: page.total)
    }

    func show(req: Request) async throws -> PersonDTO {
        let scope = try req.scope()
        let (person, _, access) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return PersonDTO(person, consents: try await ConsentService(scope: scope).consents(of: person.id!), today: scope.today, access: access)
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let input = try req.content.decode(PersonInput.self)
        let (person, access) = try await PeopleService(scope: scope).create(in: req.id("organizationID"), input: input)
        try await person.$partner.load(on: req.db)
        return try await PersonDTO(person, consents: [], today: scope.today, access: access).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> PersonDTO {
        let scope = try req.scope()
        let input = try req.content.decode(PersonInput.self)
        let (person, access) = try await PeopleService(scope: scope).update(req.id("personID"), input: input)
        try await person.$partner.load(on: req.db)
        return PersonDTO(person, consents: try await ConsentService(scope: scope).consents(of: person.id!), today: scope.today, access: access)
    }
}

struct APIConsentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("people", ":personID", "consents", use: list)
        routes.post("people", ":personID", "consents", use: create)
        routes.post("people", ":personID", "consents", ":consentID", "withdraw", use: withdraw)
        routes.get("people", ":personID", "representatives", use: representatives)
        routes.post("people", ":personID", "representatives", use: addRepresentative)
    }

    func list(req: Request) async throws -> [ConsentDTO] {
        let scope = try req.scope()
        let (person, _, _) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return try await ConsentService(scope: scope).consents(of: person.id!).map { ConsentDTO($0, today: scope.today) }
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let personID = try req.id("personID")
        let consent = try await ConsentService(scope: scope).record(for: personID, input: req.content.decode(ConsentInput.self), scan: nil)
        try await consent.$text.load(on: req.db)
        return try await ConsentDTO(consent, today: scope.today).encodeResponse(status: .created, for: req)
    }

    func withdraw(req: Request) async throws -> ConsentDTO {
        let scope = try req.scope()
        let personID = try req.id("personID")
        let consentID = try req.id("consentID")
        try await ConsentService(scope: scope).withdraw(consentID, of: personID)
        guard let consent = try await ConsentService(scope: scope).consents(of: personID).first(where: { $0.id == consentID }) else {
            throw Abort(.notFound)
        }
        return ConsentDTO(consent, today: scope.today)
    }

    func representatives(req: Request) async throws -> [RepresentativeDTO] {
        let scope = try req.scope()
        let (person, _, _) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return try await RepresentativeService(scope: scope).representatives(of: person.id!).map(RepresentativeDTO.init)
    }

    func addRepresentative(req: Request) async throws -> Response {
        let input = try req.content.decode(LegalRepresentativeInput.self)
        let representative = try await RepresentativeService(scope: req.scope()).add(to: req.id("personID"), input: input)
        return try await RepresentativeDTO(representative).encodeResponse(status: .created, for: req)
    }
}
