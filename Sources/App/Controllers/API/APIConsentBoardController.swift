import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Consents at the scale of a class and accounts for a program under `/api/v1`, as on their pages.
struct APIConsentBoardController: RouteCollection {
    struct RowDTO: Content {
        var personID: UUID
        var fullName: String
        var grade: String?
        var minor: Bool
        var statuses: [String: Consent.Status]
        var missing: [Consent.Kind]
        var problem: String?
        var reachableByLink: Bool
    }

    struct LinksDTO: Content {
        var sent: Int
        var unreachable: [String]
    }

    struct CandidateDTO: Content {
        var name: String
        var email: String?
        var personID: UUID?
        var representativeID: UUID?
        var standing: String
    }

    struct IssuedDTO: Content {
        var invitationID: UUID
        var name: String
        /// Printed codes only: shown once.
        var code: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("organizations", ":organizationID", "consents", use: board)
        routes.post("organizations", ":organizationID", "consents", "entry", use: entry)
        routes.post("organizations", ":organizationID", "consents", "links", use: links)
        routes.get("programs", ":programID", "accounts", use: candidates)
        routes.post("programs", ":programID", "accounts", "invite") { try await issue($0, codes: false) }
        routes.post("programs", ":programID", "accounts", "codes") { try await issue($0, codes: true) }
    }

    func board(req: Request) async throws -> [RowDTO] {
        let board = try await ConsentBoard(scope: req.scope()).board(
            req.id("organizationID"),
            ConsentBoardController.filter(req))
        return try board.rows.map { row in
            RowDTO(
                personID: try row.person.requireID(), fullName: row.person.details.fullName, grade: row.person.grade,
                minor: row.isMinor,
                statuses: Dictionary(uniqueKeysWithValues: row.statuses.map { ($0.key.rawValue, $0.value) }),
                missing: row.missing, problem: row.problem, reachableByLink: !row.linkAddresses.isEmpty)
        }
    }

    func entry(req: Request) async throws -> [RowDTO] {
        _ = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let form = try req.content.decode(ConsentBoardController.EntryForm.self)
        guard form.rows != nil else {
            throw ValidationFailure(fields: ["rows": "Передайте строки: id участника → {kinds, signedBy, signedOn}."])
        }
        let entries = try form.entries()
        _ = try await ConsentBoard(scope: req.scope()).record(req.id("organizationID"), entries)
        return try await board(req: req)
    }

    func links(req: Request) async throws -> LinksDTO {
        let report = try await ConsentBoard(scope: req.scope()).sendLinks(
            req.id("organizationID"), ConsentBoardController.filter(req), links: ConsentLinkController.links(req))
        return LinksDTO(sent: report.sent, unreachable: report.unreachable)
    }

    /// The audience asked for; a foreign program answers 404 before a missing audience answers 422.
    private func audience(_ req: Request) async throws -> ProgramAccounts.Audience {
        guard let audience = (try? req.query.get(String.self, at: "audience")).flatMap(ProgramAccounts.Audience.init)
        else {
            _ = try await service(req).candidates(req.id("programID"), .mentors)
            throw ValidationFailure(fields: ["audience": "mentors, mentees или representatives"])
        }
        return audience
    }

    private func service(_ req: Request) throws -> ProgramAccounts {
        ProgramAccounts(scope: try req.scope(), invitations: try AccountsController.invitations(req))
    }

    func candidates(req: Request) async throws -> [CandidateDTO] {
        let (_, candidates) = try await service(req).candidates(req.id("programID"), await audience(req))
        return candidates.map {
            CandidateDTO(
                name: $0.name, email: $0.email, personID: $0.personID, representativeID: $0.representativeID,
                standing: $0.standing.title)
        }
    }

    private func issue(_ req: Request, codes: Bool) async throws -> [IssuedDTO] {
        let service = try service(req)
        let audience = try await audience(req)
        let (_, issued) =
            codes
            ? try await service.printCodes(req.id("programID"), audience)
            : try await service.inviteByMail(req.id("programID"), audience)
        return try issued.map {
            IssuedDTO(invitationID: try $0.invitation.requireID(), name: $0.invitation.displayName, code: $0.code)
        }
    }
}
