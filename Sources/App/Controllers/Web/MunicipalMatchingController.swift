import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// The authority's matching over the municipal base: runs, a new run, a run's pairs, passing pairs to the organizations.
struct MunicipalMatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.municipalMatching(.key), use: runs)
        routes.get(.municipalMatchingNew(.key), use: newRun)
        routes.post(.municipalMatching(.key), use: start)
        routes.get(.municipalMatchingRun(.key), use: run)
        routes.post(.municipalMatchingAccept(.key), use: accept)
    }

    struct AcceptForm: Content {
        var ids: [String]?
    }

    func runs(req: Request) async throws -> View {
        let (municipality, runs) = try await MunicipalMatching(scope: req.scope()).runs(req.id("municipalityID"))
        let meta = req.pageMeta(
            "Подбор пар по муниципалитету",
            breadcrumbs: [Link(municipality.name, .municipalMonitoring(.id(municipality.id.rawValue)))])
        return try await req.view.render(
            "matching/municipal-runs", MunicipalRunsContext(meta: meta, municipality: municipality, runs: runs))
    }

    func newRun(req: Request) async throws -> View {
        let municipality = try await MunicipalMonitoring(scope: req.scope()).municipality(req.id("municipalityID"))
        return try await req.render(try form(req, municipality, input: MatchingInput(), failure: nil))
    }

    func start(req: Request) async throws -> Response {
        let service = try MunicipalMatching(scope: req.scope())
        let input = try req.content.decode(MatchingInput.self)
        let municipality = try await MunicipalMonitoring(scope: service.scope).municipality(req.id("municipalityID"))
        do {
            let run = try await service.start((try municipality.requireID()), input: input)
            return req.redirect(to: SiteURL.municipalMatchingRun(.id(try run.requireID())).path)
        } catch let failure as ValidationFailure {
            var page = try form(req, municipality, input: input, failure: failure)
            page.form.failed = true
            return try await req.render(page).encodeResponse(status: .unprocessableEntity, for: req)
        } catch let refusal as MatchingRefusal {
            var page = try form(req, municipality, input: input, failure: nil, problems: refusal.problems)
            page.form.failed = true
            return try await req.render(page).encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    private func form(
        _ req: Request, _ municipality: MunicipalityModel, input: MatchingInput, failure: ValidationFailure?,
        problems: [String] = []
    ) throws -> MunicipalMatchingFormContext {
        let id = try municipality.requireID()
        return MunicipalMatchingFormContext(
            meta: req.pageMeta(
                "Новый подбор по муниципалитету",
                breadcrumbs: [
                    Link(municipality.name, .municipalMonitoring(.id(id))),
                    Link("Подбор пар", .municipalMatching(.id(id))),
                ]),
            municipality: id, input: input, failure: failure, problems: problems)
    }

    func run(req: Request) async throws -> View {
        try await runPage(req, notice: req.notice, error: nil)
    }

    private func runPage(_ req: Request, notice: String?, error: String?) async throws -> View {
        let detail = try await MunicipalMatching(scope: req.scope()).detail(req.id("runID"))
        let run = try detail.run.summary
        let municipality = try detail.municipality.value
        let meta = req.pageMeta(
            "Муниципальный подбор от \(run.createdAt.russianDateTime)",
            breadcrumbs: [
                Link(municipality.name, .municipalMonitoring(.id(municipality.id.rawValue))),
                Link("Подбор пар", .municipalMatching(.id(municipality.id.rawValue))),
            ])
        let people = MunicipalRunContext.People(
            roster: detail.roster, profiles: detail.profiles, organizationNames: detail.organizationNames)
        return try await req.view.render(
            "matching/municipal-run",
            MunicipalRunContext(
                meta: meta, run: run, municipality: municipality, result: detail.result, people: people,
                notice: notice, error: error))
    }

    func accept(req: Request) async throws -> Response {
        let form = try req.content.decode(AcceptForm.self)
        return try await req.applyChange(
            {
                let (created, skipped) = try await MunicipalMatching(scope: req.scope()).accept(
                    req.id("runID"), pairs: Set(form.ids ?? []))
                let notice = (["Передано в организации пар: \(created). Они ждут приказов о закреплении."] + skipped)
                    .joined(separator: " ")
                return (try SiteURL.municipalMatchingRun(.id(req.id("runID"))).path, notice)
            }, page: { try await runPage(req, notice: nil, error: $0) })
    }
}
