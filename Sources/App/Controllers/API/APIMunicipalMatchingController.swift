import FluentKit
import Foundation
import Matching
import Persistence
import Vapor

/// A municipal run as the API returns it: the engine's result, the names behind its ids (valid consent only) and
/// each profile's organization.
struct MunicipalMatchingRunDTO: Content {
    var id: UUID
    var municipalityID: UUID
    var status: String
    var crossPairs: Int
    var createdAt: Date
    var createdBy: String
    var result: MatchResult
    var names: [String: String]
    /// Profile id → the short name of its organization.
    var organizations: [String: String]

    init(_ detail: MunicipalMatchingDetail) throws {
        id = detail.id
        municipalityID = (try detail.municipality.requireID())
        status = detail.run.status.rawValue
        crossPairs = detail.run.crossPairs
        createdAt = detail.run.createdAt
        createdBy = detail.run.createdBy
        result = detail.result
        names = detail.roster.names
        organizations = detail.profiles.organization.mapValues { detail.organizationNames[$0] ?? "" }
    }
}

struct MunicipalMatchingRunSummaryDTO: Content {
    var id: UUID
    var mode: String
    var status: String
    var pairs: Int
    var crossPairs: Int
    var matchedPercent: Double
    var createdAt: Date

    init(_ run: MunicipalRunSummary) {
        id = run.id
        mode = run.mode.rawValue
        status = run.status.rawValue
        pairs = run.pairs
        crossPairs = run.crossPairs
        matchedPercent = run.matchedPercent
        createdAt = run.createdAt
    }
}

struct MunicipalAcceptanceDTO: Content {
    var created: Int
    var skipped: [String]
}

/// The authority's matching over the municipal base — the same service as its pages.
struct APIMunicipalMatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("municipalities", ":municipalityID", "matching-runs", use: runs)
        routes.post("municipalities", ":municipalityID", "matching-runs", use: start)
        routes.get("municipal-matching-runs", ":runID", use: run)
        routes.post("municipal-matching-runs", ":runID", "accept", use: accept)
    }

    func runs(req: Request) async throws -> [MunicipalMatchingRunSummaryDTO] {
        try await MunicipalMatching(scope: req.scope()).runs(req.id("municipalityID")).runs.map(
            MunicipalMatchingRunSummaryDTO.init)
    }

    func start(req: Request) async throws -> Response {
        let service = try MunicipalMatching(scope: req.scope())
        let run = try await service.start(req.id("municipalityID"), input: req.content.decode(MatchingInput.self))
        return try await MunicipalMatchingRunDTO(service.detail(try run.requireID())).encodeResponse(
            status: .created, for: req)
    }

    func run(req: Request) async throws -> MunicipalMatchingRunDTO {
        try MunicipalMatchingRunDTO(try await MunicipalMatching(scope: req.scope()).detail(req.id("runID")))
    }

    func accept(req: Request) async throws -> MunicipalAcceptanceDTO {
        let form = try req.content.decode(MunicipalMatchingController.AcceptForm.self)
        let (created, skipped) = try await MunicipalMatching(scope: req.scope()).accept(
            req.id("runID"), pairs: Set(form.ids ?? []))
        return MunicipalAcceptanceDTO(created: created, skipped: skipped)
    }
}
