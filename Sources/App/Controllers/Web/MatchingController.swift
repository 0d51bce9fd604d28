import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// Stage 5 for the curator: run matching, read why each pair was proposed, lock, forbid, move, rerun,
/// compare and accept — accepted pairs become draft mentorships waiting for the order.
struct MatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.matching(.key), use: runs)
        routes.post(.matching(.key), use: start)
        routes.get(.matchingRun(.key), use: run)
        routes.post(.matchingPairs(.key), use: changePair)
        routes.post(.matchingMove(.key), use: move)
        routes.post(.matchingRerun(.key), use: rerun)
        routes.post(.matchingAccept(.key), use: accept)
        routes.get(.matchingCompare(.key), use: compare)
    }

    struct PairForm: Content {
        var action: String?
        var mentee: String?
        var mentor: String?
    }

    func runs(req: Request) async throws -> View {
        let (context, runs) = try await MatchingService(scope: req.scope()).runs(req.id("programID"))
        return try await req.view.render(
            "matching/runs", MatchingRunsPage(layout: req.layout, context: context, runs: runs, input: MatchingInput()))
    }

    func start(req: Request) async throws -> Response {
        let service = try MatchingService(scope: req.scope())
        let input = try req.content.decode(MatchingInput.self)
        do {
            let run = try await service.start(req.id("programID"), input: input)
            return req.redirect(to: SiteURL.matchingRun(.id(try run.requireID())).path)
        } catch let failure as ValidationFailure {
            return try await runsPage(req, input: input, failure: failure, problems: []).encodeResponse(
                status: .unprocessableEntity, for: req)
        } catch let refusal as MatchingRefusal {
            return try await runsPage(req, input: input, failure: nil, problems: refusal.problems).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    private func runsPage(
        _ req: Request, input: MatchingInput, failure: ValidationFailure?, problems: [String]
    ) async throws -> View {
        let (context, runs) = try await MatchingService(scope: req.scope()).runs(req.id("programID"))
        return try await req.view.render(
            "matching/runs",
            MatchingRunsPage(
                layout: req.layout, context: context, runs: runs, input: input,
                failure: failure, problems: problems))
    }

    func run(req: Request) async throws -> View {
        try await runPage(req, notice: req.notice, error: nil)
    }

    private func runPage(_ req: Request, notice: String?, error: String?) async throws -> View {
        let service = try MatchingService(scope: req.scope())
        let detail = try await service.detail(req.id("runID"))
        let (_, others) = try await service.runs(detail.context.id)
        return try await req.view.render(
            "matching/run",
            MatchingRunPage(layout: req.layout, detail: detail, otherRuns: others, notice: notice, error: error))
    }

    func changePair(req: Request) async throws -> Response {
        let form = try req.content.decode(PairForm.self)
        return try await applying(req) {
            try await MatchingService(scope: req.scope()).change(
                req.id("runID"), mentee: form.mentee ?? "", mentor: form.mentor ?? "",
                MatchingService.PairChange(rawValue: form.action ?? ""))
            return nil
        }
    }

    func move(req: Request) async throws -> Response {
        let form = try req.content.decode(PairForm.self)
        return try await applying(req) {
            let score = try await MatchingService(scope: req.scope()).move(
                req.id("runID"), mentee: form.mentee ?? "", to: form.mentor ?? "")
            return "Пара составлена вручную и закреплена, балл \(score.score.score)."
        }
    }

    func rerun(req: Request) async throws -> Response {
        do {
            let run = try await MatchingService(scope: req.scope()).rerun(req.id("runID"))
            return try await req.redirect(
                to: SiteURL.matchingRun(.id(try run.requireID())).path,
                notice: "Подбор повторён, закреплённые пары сохранены.")
        } catch let refusal as MatchingRefusal {
            return try await runPage(req, notice: nil, error: refusal.problems.joined(separator: " ")).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func accept(req: Request) async throws -> Response {
        try await applying(req) {
            let (created, skipped) = try await MatchingService(scope: req.scope()).accept(req.id("runID"))
            return (["Создано черновиков пар и групп: \(created.count). Они ждут приказа о закреплении."] + skipped)
                .joined(separator: " ")
        }
    }

    /// Runs a change and shows the run again: with the notice on success, with the message next to the controls otherwise.
    private func applying(_ req: Request, _ change: () async throws -> String?) async throws -> Response {
        try await req.applyChange(
            {
                let notice = try await change()
                return (try SiteURL.matchingRun(.id(req.id("runID"))).path, notice)
            }, page: { try await runPage(req, notice: nil, error: $0) })
    }

    func compare(req: Request) async throws -> View {
        let service = try MatchingService(scope: req.scope())
        let detail = try await service.detail(req.id("runID"))
        guard let otherID = req.query[UUID.self, at: "with"] else { throw Abort(.notFound) }
        let other = try await service.detail(otherID)
        guard other.context.id == detail.context.id else { throw Abort(.notFound) }
        let context = detail.context
        let meta = req.pageMeta(
            "Сравнение подборов",
            breadcrumbs: try ProgramController.crumbs(context.organization) + [
                Link(context.program.title, .program(.id(context.id))), Link("Подбор пар", .matching(.id(context.id))),
            ], scopeName: context.organization.shortName)
        return try await req.view.render(
            "matching/compare",
            MatchingComparisonContext(
                meta: meta, this: .init(id: detail.id, createdAt: detail.run.createdAt, result: detail.result),
                other: .init(id: other.id, createdAt: other.run.createdAt, result: other.result),
                results: (detail.result, other.result), roster: detail.roster))
    }
}
