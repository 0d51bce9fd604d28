import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

struct APIAccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("me", use: me)
    }

    func me(req: Request) async throws -> MeDTO { MeDTO(try req.scope().user) }
}

struct APIOrganizationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("organizations", use: list)
        routes.get("organizations", ":organizationID", use: show)
    }

    func list(req: Request) async throws -> [OrganizationDTO] {
        try await OrganizationDirectory(scope: req.scope()).accessible().map { try OrganizationDTO($0.organization) }
    }

    func show(req: Request) async throws -> OrganizationDTO {
        try OrganizationDTO(
            try await OrganizationDirectory(scope: req.scope()).organization(req.id("organizationID")).organization)
    }
}

struct APIAuditController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("audit", use: list)
    }

    func list(req: Request) async throws -> [AuditEntryDTO] {
        let query = try req.query.decode(AuditController.Query.self)
        let (filter, problem) = AuditController.filter(query)
        if let problem { throw ValidationFailure(fields: ["query": problem]) }
        return try await AuditQuery(scope: req.scope()).entries(filter).map(AuditEntryDTO.init)
    }
}
