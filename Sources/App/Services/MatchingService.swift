import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

/// A run with its program and the names behind its ids.
struct MatchingRunDetail {
    var run: MatchingRunModel
    var context: ProgramContext
    var roster: MatchingRoster
    var result: MatchResult

    /// The run's id.
    var id: UUID
}

/// Matching runs of a program: start, read, the curator's locks, forbidden pairs and moves, rerun, accept.
/// Runs read the bases (audited) and never carry names: a run stores profile ids only.
struct MatchingService {
    let scope: RequestScope

    var audit: AuditLog { AuditLog(scope: scope) }

    func runs(_ programID: UUID) async throws -> (ProgramContext, [MatchingRunModel]) {
        let context = try await ProgramService(scope: scope).program(programID)
        let runs = try await MatchingRunModel.query(on: scope.db).filter(\.$program.$id == programID)
            .sort(\.$createdAt, .descending).all()
        return (context, runs)
    }

    /// Runs matching on the program's bases now; a setup the engine refuses answers with its problems.
    func start(
        _ programID: UUID, input: MatchingInput, keeping previous: MatchSetup? = nil, after previousID: UUID? = nil,
        progress: MatchEngine.Progress? = nil
    ) async throws -> MatchingRunModel {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let choices = try input.validated()
        var setup = try await MatchingSetupBuilder(scope: scope).build(context)
        if let previous {
            let mentees = Set(setup.mentees.map(\.id))
            let mentors = Set(setup.mentors.map(\.id))
            setup.locked = previous.locked.filter { mentees.contains($0.mentee) && mentors.contains($0.mentor) }
            setup.forbidden = previous.forbidden
        }
        let result = try Self.propose(
            &setup, choices: choices, progress: progress, measuredBy: scope.metrics, as: .program)
        let run = MatchingRunModel()
        run.$program.id = programID
        run.$organization.id = (try context.organization.requireID())
        run.mode = setup.mode
        run.setup = setup
        run.result = result
        run.status = .proposed
        run.previousRunID = previousID
        run.createdBy = scope.user.displayName
        run.createdAt = scope.now
        try await scope.db.atomically { db in
            try await run.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .matchingRun, objectID: run.id, organizationID: context.organization.id,
                role: context.access.role, fields: ["mode", "weights", "pairs"])
        }
        return run
    }

    /// The run with names for its ids (the bases' read is audited); 404 outside the user's organizations.
    func detail(_ id: UUID) async throws -> MatchingRunDetail {
        guard let run = try await MatchingRunModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let context = try await ProgramService(scope: scope).program(run.$program.id)
        let roster = try await MatchingSetupBuilder(scope: scope).roster(context)
        try await audit.record(
            .read, .matchingRun, objectID: id, organizationID: context.organization.id, role: context.access.role)
        guard let result = run.result else { throw DomainError.notFound }
        return MatchingRunDetail(run: run, context: context, roster: roster, result: result, id: try run.requireID())
    }

    func rerun(_ id: UUID) async throws -> MatchingRunModel {
        let detail = try await managed(id)
        let setup = detail.run.setup
        return try await start(
            detail.context.id,
            input: MatchingInput(mode: setup.mode, proposing: setup.proposing, weights: setup.weights),
            keeping: setup, after: id)
    }

    /// Runs the engine with the form's mode and weights; a setup it refuses answers with its problems.
    static func propose(
        _ setup: inout MatchSetup,
        choices: (mode: MatchMode, proposing: StableMatching.Proposing, weights: MatchWeights),
        progress: MatchEngine.Progress?, measuredBy metrics: AppMetrics?, as kind: AppMetrics.MatchingScope
    ) throws -> MatchResult {
        let started = ContinuousClock.now
        setup.mode = choices.mode
        setup.proposing = choices.proposing
        setup.weights = choices.weights
        do {
            let result = try MatchEngine.run(setup, progress: progress)
            metrics?.matchingRun(kind, duration: .now - started)
            return result
        } catch {
            throw MatchingRefusal(problems: error.problems)
        }
    }

    func managed(_ id: UUID) async throws -> MatchingRunDetail {
        let detail = try await detail(id)
        try detail.context.access.requireManagement()
        return detail
    }
}

/// The engine refused the setup: each problem in Russian, shown above the run form.
struct MatchingRefusal: Error {
    var problems: [String]
}
