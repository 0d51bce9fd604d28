import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Contests of mentors through the API: the coordinator's contests, jury, closing and documents; an organization's
/// nominations; a juror's scoring.
struct APIContestController: RouteCollection {
    struct ContestDTO: Content {
        struct Application: Content {
            var id: UUID
            var name: String
            var organization: String
            var nomination: String
            var record: String
            var essay: String
            var place: String?
            var total: Double?
            var recused: Bool?
            var ownPoints: [Int]?
        }

        var id: UUID
        var title: String
        var nominations: [String]
        var criteria: [ContestCriterion]
        var applicationsUntil: CalendarDate
        var scoringUntil: CalendarDate
        var closed: Bool
        var jurors: [UUID]?
        var applications: [Application]?

        init(_ contest: ContestModel, card: ContestCard? = nil) throws {
            let details = contest.details
            id = try contest.requireID()
            (title, nominations, criteria) = (details.title, details.nominations, details.criteria)
            (applicationsUntil, scoringUntil) = (details.applicationsUntil, details.scoringUntil)
            closed = contest.closedAt != nil
            jurors = card.map { $0.jurors.filter(\.chosen).map(\.accountID) }
            applications = card?.applications.map {
                Application(
                    id: $0.id, name: $0.name, organization: $0.organization, nomination: $0.nomination,
                    record: $0.record, essay: $0.essay, place: $0.result?.place, total: $0.result?.total)
            }
        }

        init(_ juror: JurorCard) throws {
            try self.init(juror.card.contest, card: juror.card)
            jurors = nil
            let criteria = juror.card.contest.details.criteria.count
            for index in (applications ?? []).indices {
                let id = applications![index].id
                applications![index].recused = juror.recused.contains(id)
                applications![index].ownPoints = juror.own[id].map { own in (0..<criteria).map { own[$0] ?? 0 } }
            }
        }
    }

    struct Jury: Content { var jurors: [String]? }
    struct Points: Content { var points: [Int]? }

    func boot(routes: any RoutesBuilder) throws {
        let plan = routes.grouped("municipalities", ":municipalityID", "contests")
        plan.get { req in try await service(req).plan(req.id("municipalityID")).1.map { try ContestDTO($0) } }
        plan.post { req in
            let contest = try await service(req).create(
                in: req.id("municipalityID"), try req.content.decode(ContestInput.self))
            return try await ContestDTO(contest).encodeResponse(status: .created, for: req)
        }
        let contest = routes.grouped("contests", ":contestID")
        contest.get { req in
            let card = try await service(req).card(req.id("contestID"))
            return try ContestDTO(card.contest, card: card)
        }
        contest.put("jury") { req in
            try await service(req).setJury(req.id("contestID"), try req.content.decode(Jury.self).jurors ?? [])
            let card = try await service(req).card(req.id("contestID"))
            return try ContestDTO(card.contest, card: card)
        }
        contest.post("close") { req in
            try await service(req).close(req.id("contestID"))
            let card = try await service(req).card(req.id("contestID"))
            return try ContestDTO(card.contest, card: card)
        }
        for (path, kind) in [("results", DocumentKind.contestResults), ("diplomas", .contestDiploma)] {
            contest.get(.constant(path), "document") { req in
                let (data, name) = try await service(req).document(req.id("contestID"), kind: kind)
                return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
            }
        }
        contest.get("scoring") { req in try ContestDTO(try await service(req).jurorCard(req.id("contestID"))) }
        contest.put("applications", ":applicationID", "scores") { req in
            let points = try req.content.decode(Points.self).points ?? []
            try await service(req).score(
                req.id("contestID"), application: req.id("applicationID"), points: points.map(String.init))
            return try ContestDTO(try await service(req).jurorCard(req.id("contestID")))
        }
        let organization = routes.grouped("organizations", ":organizationID", "contests")
        organization.get { req in
            try await service(req).plan(forOrganization: req.id("organizationID")).1.map { try ContestDTO($0) }
        }
        organization.get(":contestID") { req in
            let (card, _, _) = try await service(req).organizationCard(
                req.id("contestID"), forOrganization: req.id("organizationID"))
            return try ContestDTO(card.contest, card: card)
        }
        organization.post(":contestID") { req in
            let (org, contest) = (try req.id("organizationID"), try req.id("contestID"))
            _ = try await service(req).nominate(
                contest, forOrganization: org, try req.content.decode(ContestApplicationInput.self))
            let (card, _, _) = try await service(req).organizationCard(contest, forOrganization: org)
            return try await ContestDTO(card.contest, card: card).encodeResponse(status: .created, for: req)
        }
    }

    private func service(_ req: Request) throws -> ContestService { ContestService(scope: try req.scope()) }
}
