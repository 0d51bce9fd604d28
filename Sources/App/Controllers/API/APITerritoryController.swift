import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The territory tree and the registration of places and organizations under `/api/v1`.
struct APITerritoryController: RouteCollection {
    struct RegionDTO: Content {
        struct MunicipalityDTO: Content {
            var id: UUID
            var name: String
            var authorities: [PlaceDTO]
            var organizations: Int
        }
        var id: UUID
        var name: String
        var authorities: [PlaceDTO]
        var municipalities: [MunicipalityDTO]
    }

    struct PlaceDTO: Content {
        var id: UUID
        var name: String
    }

    struct PlaceInput: Content {
        var name: String?
        var regionID: UUID?
        var municipalityID: UUID?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("regions", use: regions)
        routes.post("regions") { req in
            let input = try req.content.decode(PlaceInput.self)
            let region = try await TerritoryService(scope: req.scope()).createRegion(name: input.name)
            return try await PlaceDTO(id: try region.requireID(), name: region.name).encodeResponse(
                status: .created, for: req)
        }
        routes.post("municipalities") { req in
            let input = try req.content.decode(PlaceInput.self)
            let municipality = try await TerritoryService(scope: req.scope())
                .createMunicipality(name: input.name, regionID: input.regionID)
            return try await PlaceDTO(id: try municipality.requireID(), name: municipality.name).encodeResponse(
                status: .created, for: req)
        }
        routes.post("authorities") { req in
            let input = try req.content.decode(PlaceInput.self)
            let level: GrantScope? =
                input.municipalityID.map { .municipality(.init($0)) } ?? input.regionID.map { .region(.init($0)) }
            let authority = try await TerritoryService(scope: req.scope()).createAuthority(
                name: input.name, level: level)
            return try await PlaceDTO(id: try authority.requireID(), name: authority.name).encodeResponse(
                status: .created, for: req)
        }
        routes.post("organizations") { req in
            let input = try req.content.decode(Organization.Input.self)
            let org = try await OrganizationService(scope: req.scope()).create(input)
            try await org.$municipality.load(on: req.db)
            return try await OrganizationDTO(org).encodeResponse(status: .created, for: req)
        }
        routes.put("organizations", ":organizationID") { req in
            let input = try req.content.decode(Organization.Input.self)
            let scope = try req.scope()
            _ = try await OrganizationDirectory(scope: scope).organization(req.id("organizationID"))
            let org = try await OrganizationService(scope: scope).update(req.id("organizationID"), input)
            try await org.$municipality.load(on: req.db)
            return try OrganizationDTO(org)
        }
    }

    func regions(req: Request) async throws -> [RegionDTO] {
        try await TerritoryService(scope: req.scope()).tree().regions.map { region in
            RegionDTO(
                id: try region.model.requireID(), name: region.model.name,
                authorities: try region.authorities.map { PlaceDTO(id: try $0.requireID(), name: $0.name) },
                municipalities: try region.municipalities.map {
                    .init(
                        id: try $0.model.requireID(), name: $0.model.name,
                        authorities: try $0.authorities.map { PlaceDTO(id: try $0.requireID(), name: $0.name) },
                        organizations: $0.organizations)
                })
        }
    }
}
