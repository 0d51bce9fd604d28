import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
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
        let (page, _, access) = try await PeopleService(scope: req.scope()).list(
            organizationID: req.id("organizationID"), filter: query.filter)
        let today = req.clock.today
        return PersonPageDTO(
            items: page.rows.map {
                PersonDTO($0.person, consents: $0.consents, today: today, access: access)
            },
            page: page.page, pageCount: page.pageCount, total: page.total)
    }

    func show(req: Request) async throws -> Response {
        let scope = try req.scope()
        let (person, _, access, consents) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return try await Self.tagged(.init(person, consents: consents, today: scope.today, access: access), req: req)
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let input = try req.content.decode(PersonInput.self)
        let (person, access) = try await PeopleService(scope: scope).create(in: req.id("organizationID"), input: input)
        return try await PersonDTO(person, consents: [], today: scope.today, access: access).encodeResponse(
            status: .created, for: req)
    }

    /// `If-Match` names the version the client edited; without it the edit applies to the stored version.
    func update(req: Request) async throws -> Response {
        let scope = try req.scope()
        let input = try req.content.decode(PersonInput.self)
        let id = try req.id("personID")
        let version = req.headers.first(name: .ifMatch).map(Self.version(inTag:))
        do {
            let (person, access, consents) = try await PeopleService(scope: scope).update(
                id, input: input, version: version)
            let dto = try PersonDTO(person, consents: consents, today: scope.today, access: access)
            return try await Self.tagged(dto, req: req)
        } catch is EditConflict {
            let (person, _, access, consents) = try await PeopleService(scope: scope).readCard(id)
            let current = try PersonDTO(person, consents: consents, today: scope.today, access: access)
            let body = EditConflictBody(error: AppErrorMiddleware.describe(EditConflict()).1, current: current)
            let response = try await body.encodeResponse(status: .conflict, for: req)
            response.headers.replaceOrAdd(name: .eTag, value: "\"\(person.version)\"")
            return response
        }
    }

    /// The person with its version as the entity tag.
    static func tagged(_ dto: PersonDTO, req: Request) async throws -> Response {
        let response = try await dto.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .eTag, value: "\"\(dto.version)\"")
        return response
    }

    /// `"3"` or `W/"3"` → 3; anything else matches no version.
    static func version(inTag tag: String) -> Int {
        let bare = tag.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "")
        return Int(bare.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) ?? -1
    }
}

/// A 409 for an edit made from an older version, with the data stored now.
struct EditConflictBody: Content {
    var error: APIErrorBody.Detail
    var current: PersonDTO
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
        let (person, _, _, _) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return try await ConsentService(scope: scope).consents(of: try person.requireID()).map {
            try ConsentDTO($0, today: scope.today)
        }
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let personID = try req.id("personID")
        let consent = try await ConsentService(scope: scope).record(
            for: personID, input: req.content.decode(ConsentInput.self), scan: nil)
        try await consent.$text.load(on: req.db)
        return try await ConsentDTO(consent, today: scope.today).encodeResponse(status: .created, for: req)
    }

    func withdraw(req: Request) async throws -> ConsentDTO {
        let scope = try req.scope()
        let personID = try req.id("personID")
        let consentID = try req.id("consentID")
        try await ConsentService(scope: scope).withdraw(consentID, of: personID)
        guard
            let consent = try await ConsentService(scope: scope).consents(of: personID).first(where: {
                $0.id == consentID
            })
        else {
            throw Abort(.notFound)
        }
        return try ConsentDTO(consent, today: scope.today)
    }

    func representatives(req: Request) async throws -> [RepresentativeDTO] {
        let scope = try req.scope()
        let (person, _, _, _) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        return try await RepresentativeService(scope: scope).representatives(of: try person.requireID()).map(
            RepresentativeDTO.init)
    }

    func addRepresentative(req: Request) async throws -> Response {
        let input = try req.content.decode(LegalRepresentativeInput.self)
        let representative = try await RepresentativeService(scope: req.scope()).add(
            to: req.id("personID"), input: input)
        return try await RepresentativeDTO(representative).encodeResponse(status: .created, for: req)
    }
}
