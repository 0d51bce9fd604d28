import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// A run as the API returns it: the engine's result (ids are profile ids) and the names behind them.
struct MatchingRunDTO: Content {
    var id: UUID
    var programID: UUID
    var status: String
    var createdAt: Date
    var createdBy: String
    var result: MatchResult
    /// Profile id → full name, only for people with a valid consent.
    var names: [String: String]

    init(_ detail: MatchingRunDetail) {
        id = detail.id
        programID = detail.context.id
        status = detail.run.status.rawValue
        createdAt = detail.run.createdAt
        createdBy = detail.run.createdBy
        result = detail.result
        names = detail.roster.names
    }
}

struct MatchingRunSummaryDTO: Content {
    var id: UUID
    var mode: String
    var status: String
    var pairs: Int
    var matchedPercent: Double
    var meanScore: Double
    var unmatched: Int
    var createdAt: Date

    init(_ run: MatchingRunModel) throws {
        id = (try run.requireID())
        mode = run.mode.rawValue
        status = run.status.rawValue
        pairs = run.pairs
        matchedPercent = run.matchedPercent
        meanScore = run.meanScore
        unmatched = run.unmatched
        createdAt = run.createdAt
    }
}

struct AcceptanceDTO: Content {
    var mentorships: [UUID]
    var skipped: [String]
}

/// Matching runs, proposals, locks, moves and acceptance — the same service as the curator's pages.
struct APIMatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("programs", ":programID", "matching-runs", use: runs)
        routes.post("programs", ":programID", "matching-runs", use: start)
        routes.get("matching-runs", ":runID", use: run)
        routes.post("matching-runs", ":runID", "pairs", use: changePair)
        routes.post("matching-runs", ":runID", "move", use: move)
        routes.post("matching-runs", ":runID", "rerun", use: rerun)
        routes.post("matching-runs", ":runID", "accept", use: accept)
    }

    func runs(req: Request) async throws -> [MatchingRunSummaryDTO] {
        try await MatchingService(scope: req.scope()).runs(req.id("programID")).1.map(MatchingRunSummaryDTO.init)
    }

    func start(req: Request) async throws -> Response {
        let service = try MatchingService(scope: req.scope())
        let run = try await service.start(req.id("programID"), input: req.content.decode(MatchingInput.self))
        return try await MatchingRunDTO(service.detail(try run.requireID())).encodeResponse(status: .created, for: req)
    }

    func run(req: Request) async throws -> MatchingRunDTO {
        MatchingRunDTO(try await MatchingService(scope: req.scope()).detail(req.id("runID")))
    }

    func changePair(req: Request) async throws -> MatchingRunDTO {
        let form = try req.content.decode(MatchingController.PairForm.self)
        let service = try MatchingService(scope: req.scope())
        try await service.change(
            req.id("runID"), mentee: form.mentee ?? "", mentor: form.mentor ?? "",
            MatchingService.PairChange(rawValue: form.action ?? ""))
        return MatchingRunDTO(try await service.detail(req.id("runID")))
    }

    func move(req: Request) async throws -> MatchingRunDTO {
        let form = try req.content.decode(MatchingController.PairForm.self)
        let service = try MatchingService(scope: req.scope())
        _ = try await service.move(req.id("runID"), mentee: form.mentee ?? "", to: form.mentor ?? "")
        return MatchingRunDTO(try await service.detail(req.id("runID")))
    }

    func rerun(req: Request) async throws -> Response {
        let service = try MatchingService(scope: req.scope())
        let run = try await service.rerun(req.id("runID"))
        return try await MatchingRunDTO(service.detail(try run.requireID())).encodeResponse(status: .created, for: req)
    }

    func accept(req: Request) async throws -> AcceptanceDTO {
        let (created, skipped) = try await MatchingService(scope: req.scope()).accept(req.id("runID"))
        return AcceptanceDTO(mentorships: try created.map { try $0.requireID() }, skipped: skipped)
    }
}
