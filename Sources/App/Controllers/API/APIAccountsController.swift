import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Accounts, their roles and invitations under `/api/v1`, with the same rules as the «Учётные записи» pages.
struct APIAccountsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("accounts", use: list)
        routes.get("accounts", ":accountID", use: show)
        routes.post("accounts", ":accountID", "block") { try await setBlocked($0, true) }
        routes.post("accounts", ":accountID", "unblock") { try await setBlocked($0, false) }
        routes.post("accounts", ":accountID", "grants", use: grant)
        routes.delete("accounts", ":accountID", "grants", ":grantID", use: revokeGrant)
        routes.put("accounts", ":accountID", "person") { req in
            // `personID` must be there: `null` unties the account, a missing field is a mistake, not an untying.
            struct Input: Content {
                var personID: UUID?
                init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    guard container.contains(.personID) else {
                        throw DecodingError.keyNotFound(
                            CodingKeys.personID,
                            .init(codingPath: [], debugDescription: "personID"))
                    }
                    personID = try container.decodeIfPresent(UUID.self, forKey: .personID)
                }
            }
            _ = try await AccountDirectory(scope: req.scope()).managed(req.id("accountID"))  // out of reach: 404 first
            let input = try req.content.decode(Input.self)
            try await AccountDirectory(scope: req.scope()).link(req.id("accountID"), to: input.personID)
            return try await show(req: req)
        }
        routes.get("invitations", use: invitations)
        routes.post("invitations", use: invite)
        routes.post("invitations", ":invitationID", "resend", use: resend)
        routes.post("invitations", ":invitationID", "revoke", use: revokeInvitation)
    }

    func list(req: Request) async throws -> [AccountDTO] {
        let scope = try req.scope()
        let filter = AccountDirectory.Filter(
            query: try? req.query.get(String.self, at: "q"),
            role: (try? req.query.get(String.self, at: "role")).flatMap(Role.init(rawValue:)),
            state: (try? req.query.get(String.self, at: "state")).flatMap(AccountState.init(rawValue:)))
        guard !GrantPolicy.grantableRoles(by: scope.user.grants).isEmpty else { throw DomainError.notFound }
        let (entries, territory) = try await AccountDirectory(scope: scope).list(filter)
        try await AuditLog(scope: scope).record(.list, .account, fields: ["login", "displayName", "grants"])
        return try entries.map { try AccountDTO($0, territory: territory) }
    }

    func show(req: Request) async throws -> AccountDTO {
        let scope = try req.scope()
        let (entry, territory) = try await AccountDirectory(scope: scope).managed(req.id("accountID"))
        try await AuditLog(scope: scope).record(
            .read, .account, objectID: entry.account.id,
            personID: entry.account.$person.id, fields: ["login", "grants"])
        return try AccountDTO(entry, territory: territory)
    }

    private func setBlocked(_ req: Request, _ blocked: Bool) async throws -> AccountDTO {
        try await AccountDirectory(scope: req.scope()).setBlocked(req.id("accountID"), blocked)
        return try await show(req: req)
    }

    func grant(req: Request) async throws -> Response {
        let input = try req.content.decode(GrantInput.self)
        try await AccountDirectory(scope: req.scope()).grant(
            input.role.flatMap(Role.init(rawValue:)), at: input.scope,
            to: req.id("accountID"))
        return try await show(req: req).encodeResponse(status: .created, for: req)
    }

    func revokeGrant(req: Request) async throws -> HTTPStatus {
        try await AccountDirectory(scope: req.scope()).revoke(grant: req.id("grantID"), from: req.id("accountID"))
        return .noContent
    }

    func invitations(req: Request) async throws -> [InvitationDTO] {
        let scope = try req.scope()
        let (invitations, territory) = try await AccountsController.invitations(req).visible()
        return try invitations.map { try InvitationDTO($0, territory: territory, now: scope.now) }
    }

    func invite(req: Request) async throws -> Response {
        let input = try req.content.decode(InvitationInput.self)
        let grant = GrantInput(
            role: input.role, organizationID: input.organizationID, municipalityID: input.municipalityID,
            regionID: input.regionID)
        let issued = try await AccountsController.invitations(req).invite(
            .init(
                email: input.email, displayName: input.displayName, role: input.role.flatMap(Role.init(rawValue:)),
                grantScope: grant.scope, personID: input.personID, representativeID: input.representativeID))
        return try await dto(req, issued).encodeResponse(status: .created, for: req)
    }

    func resend(req: Request) async throws -> InvitationDTO {
        try await dto(req, AccountsController.invitations(req).resend(req.id("invitationID")))
    }

    func revokeInvitation(req: Request) async throws -> HTTPStatus {
        try await AccountsController.invitations(req).revoke(req.id("invitationID"))
        return .noContent
    }

    private func dto(_ req: Request, _ issued: InvitationService.Issued) async throws -> InvitationDTO {
        let territory = try await TerritoryLoader(db: req.db).load()
        return try InvitationDTO(
            issued.invitation, territory: territory, now: req.clock.now(),
            link: issued.mailed ? nil : issued.link)
    }
}
