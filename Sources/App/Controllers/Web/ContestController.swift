import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Contests of mentors on the pages: the coordinator announces one, seats the jury, closes the scoring and prints
/// the results; a curator nominates the organization's mentors; a juror scores on their own page.
struct ContestController: RouteCollection {
    struct JuryForm: Content { var jurors: [String]? }
    struct PointsForm: Content { var points: [String]? }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.contests(.key)) { req in try await req.render(try await planPage(req, input: .init(), failure: nil))
        }
        routes.post(.contests(.key), use: create)
        routes.get(.contest(.key)) { req in try await contestPage(req, problem: nil) }
        routes.post(.contestJury(.key)) { req in
            let id = try req.id("contestID")
            return try await req.applyChange(
                {
                    try await service(req).setJury(id, try req.content.decode(JuryForm.self).jurors ?? [])
                    return (SiteURL.contest(.id(id)).path, "Жюри сохранено.")
                }, page: { try await contestPage(req, problem: $0) })
        }
        routes.post(.contestClose(.key)) { req in
            let id = try req.id("contestID")
            try await service(req).close(id)
            return try await req.redirect(to: SiteURL.contest(.id(id)).path, notice: "Итоги подведены.")
        }
        for (url, kind) in [
            (SiteURL.contestResults(.key), DocumentKind.contestResults), (.contestDiplomas(.key), .contestDiploma),
        ] {
            routes.get(url) { req in
                let (data, name) = try await service(req).document(req.id("contestID"), kind: kind)
                return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
            }
        }
        routes.get(.contestScoring(.key)) { req in try await scoringPage(req, problem: nil) }
        routes.post(.contestScores(contest: .key, application: .key)) { req in
            let id = try req.id("contestID")
            return try await req.applyChange(
                {
                    try await service(req).score(
                        id, application: req.id("applicationID"),
                        points: try req.content.decode(PointsForm.self).points ?? [])
                    return (SiteURL.contestScoring(.id(id)).path, "Оценка сохранена.")
                }, page: { try await scoringPage(req, problem: $0) })
        }
        routes.get(.organizationContests(.key)) { req in
            let (org, contests) = try await service(req).plan(forOrganization: req.id("organizationID"))
            let id = try org.requireID()
            let meta = req.pageMeta(
                "Конкурсы наставников", breadcrumbs: [Link(org.shortName, .organization(.id(id)))],
                scopeName: org.shortName)
            return try await req.view.render(
                "organizations/contests",
                OrganizationContestsContext(
                    meta: meta,
                    contests: try contests.map {
                        ContestRow(
                            $0, url: .organizationContest(organization: .id(id), contest: .id(try $0.requireID())))
                    }))
        }
        routes.get(.organizationContest(organization: .key, contest: .key)) { req in
            try await req.render(try await organizationPage(req, input: .init(), failure: nil))
        }
        routes.post(.organizationContest(organization: .key, contest: .key), use: nominate)
    }

    private func service(_ req: Request) throws -> ContestService { ContestService(scope: try req.scope()) }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ContestInput.self)
        return try await req.submit(
            {
                let contest = try await service(req).create(in: req.id("municipalityID"), input)
                return try await req.redirect(
                    to: SiteURL.contest(.id(try contest.requireID())).path, notice: "Конкурс объявлен.")
            },
            form: { try await planPage(req, input: input, failure: $0) })
    }

    func nominate(req: Request) async throws -> Response {
        let input = try req.content.decode(ContestApplicationInput.self)
        let (org, contest) = (try req.id("organizationID"), try req.id("contestID"))
        return try await req.submit(
            {
                _ = try await service(req).nominate(contest, forOrganization: org, input)
                return try await req.redirect(
                    to: SiteURL.organizationContest(organization: .id(org), contest: .id(contest)).path,
                    notice: "Наставник выдвинут, заявка заполнена из портфолио.")
            },
            form: { try await organizationPage(req, input: input, failure: $0) })
    }

    private func planPage(
        _ req: Request, input: ContestInput, failure: ValidationFailure?
    ) async throws -> ContestPlanContext {
        let id = try req.id("municipalityID")
        let (municipality, contests) = try await service(req).plan(id)
        let meta = req.pageMeta(
            "Конкурсы наставников", breadcrumbs: [Link("Муниципальные базы", .municipalBases)],
            scopeName: municipality.name)
        return try ContestPlanContext(
            meta: meta, notice: req.notice, municipality: id, contests: contests, input: input, failure: failure)
    }

    private func contestPage(_ req: Request, problem: String?) async throws -> View {
        let card = try await service(req).card(req.id("contestID"))
        let meta = req.pageMeta(
            card.contest.title, breadcrumbs: [Link("Конкурсы", .contests(.id(card.contest.$municipality.id)))])
        return try await req.view.render(
            "contests/show", try ContestPageContext(meta: meta, notice: req.notice, problem: problem, card: card))
    }

    private func scoringPage(_ req: Request, problem: String?) async throws -> View {
        let juror = try await service(req).jurorCard(req.id("contestID"))
        let meta = req.pageMeta("Оценка заявок: \(juror.card.contest.title)", breadcrumbs: [])
        return try await req.view.render(
            "contests/scoring", try JurorPageContext(meta: meta, notice: req.notice, problem: problem, juror: juror))
    }

    private func organizationPage(
        _ req: Request, input: ContestApplicationInput, failure: ValidationFailure?
    ) async throws -> OrganizationContestContext {
        let org = try req.id("organizationID")
        let (card, access, mentors) = try await service(req).organizationCard(req.id("contestID"), forOrganization: org)
        let juror = (try? await service(req).jurorContest(card.contest.requireID())) != nil
        let meta = req.pageMeta(
            card.contest.title, breadcrumbs: [Link("Конкурсы наставников", .organizationContests(.id(org)))])
        return try OrganizationContestContext(
            meta: meta, notice: req.notice, organization: org, card: card, access: access, mentors: mentors,
            juror: juror, today: try req.scope().today, input: input, failure: failure)
    }
}

/// The contests of the organization's municipality (`organizations/contests.leaf`).
struct OrganizationContestsContext: Encodable, Sendable {
    var meta: PageMeta
    var contests: [ContestRow]
}
