import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// «Учётные записи»: the list, invitations, and one account's roles and state.
struct AccountsController: RouteCollection {
    struct InviteForm: Content {
        var email: String?
        var displayName: String?
        var role: String?
        var scope: String?
        var personID: String?
    }

    struct PersonForm: Content {
        var personID: String?
    }

    func linkPerson(req: Request) async throws -> Response {
        let form = try req.content.decode(PersonForm.self)
        do {
            try await AccountDirectory(scope: req.scope()).link(
                req.id("accountID"), to: form.personID.flatMap(UUID.init(uuidString:)))
            return try await renderCard(req, notice: "Связь с участником сохранена.", link: nil, failure: nil)
                .encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await renderCard(req, notice: nil, link: nil, failure: failure)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    struct GrantForm: Content {
        var role: String?
        var scope: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.accounts, use: list)
        routes.get(.inviteAccount, use: inviteForm)
        routes.post(.inviteAccount, use: invite)
        routes.post(.invitationResend(.key), use: resend)
        routes.post(.invitationRevoke(.key), use: revokeInvitation)
        routes.get(.accountCard(.key), use: card)
        routes.post(.accountBlock(.key)) { try await setBlocked($0, true) }
        routes.post(.accountUnblock(.key)) { try await setBlocked($0, false) }
        routes.post(.accountReset(.key), use: reset)
        routes.post(.accountGrants(.key), use: grant)
        routes.post(.accountPerson(.key), use: linkPerson)
        routes.post(.accountGrantRevoke(account: .key, grant: .key), use: revokeGrant)
    }

    static func invitations(_ req: Request) throws -> InvitationService {
        InvitationService(scope: try req.scope(), outbox: req.outbox, link: req.application.links.invitation)
    }

    func list(req: Request) async throws -> View {
        try await renderList(req, notice: nil, link: nil)
    }

    private func renderList(_ req: Request, notice: String?, link: String?) async throws -> View {
        let scope = try req.scope()
        guard !GrantPolicy.grantableRoles(by: scope.user.grants).isEmpty else { throw DomainError.notFound }
        let filter = AccountDirectory.Filter(
            query: try? req.query.get(String.self, at: "q"),
            role: (try? req.query.get(String.self, at: "role")).flatMap(Role.init(rawValue:)),
            state: (try? req.query.get(String.self, at: "state")).flatMap(AccountState.init(rawValue:)))
        let (entries, territory) = try await AccountDirectory(scope: scope).list(filter)
        let invitations = try await Self.invitations(req).visible(territory: territory).invitations
        let mails = try await EmailOutboxModel.query(on: req.db).filter(\.$id ~~ invitations.compactMap(\.mailID)).all()
        let byID = Dictionary(uniqueKeysWithValues: try mails.map { ((try $0.requireID()), $0) })
        try await AuditLog(scope: scope).record(.list, .account, fields: ["login", "displayName", "grants"])
        return try await req.view.render(
            "accounts/list",
            AccountsPage(
                meta: req.pageMeta("Учётные записи"), filter: filter, entries: entries,
                invitations: invitations.map { ($0, $0.mailID.flatMap { byID[$0] }) }, territory: territory,
                now: scope.now, notice: notice, link: link))
    }

    func inviteForm(req: Request) async throws -> Response {
        let person = try? req.query.get(String.self, at: "person")
        return try await renderInvite(req, form: InviteForm(personID: person), failure: nil)
    }

    private func renderInvite(_ req: Request, form: InviteForm, failure: ValidationFailure?) async throws -> Response {
        let user = try req.scope().user
        let roles = GrantPolicy.grantableRoles(by: user.grants)
        guard !roles.isEmpty else { throw DomainError.notFound }
        let territory = try await TerritoryLoader(db: req.db).load()
        let page = InvitePage(
            meta: req.pageMeta("Пригласить", breadcrumbs: [Link("Учётные записи", .accounts)]), form: form,
            roles: roles,
            places: GrantScope.reachable(by: user.grants, in: territory), failure: failure,
            mailConfigured: req.outbox != nil)
        return try await req.view.render("accounts/invite", page)
            .encodeResponse(status: failure == nil ? .ok : .unprocessableEntity, for: req)
    }

    func invite(req: Request) async throws -> Response {
        let form = try req.content.decode(InviteForm.self)
        let request = InvitationService.Request(
            email: form.email, displayName: form.displayName, role: form.role.flatMap(Role.init(rawValue:)),
            grantScope: GrantScope(token: form.scope), personID: form.personID.flatMap(UUID.init(uuidString:)))
        do {
            let issued = try await Self.invitations(req).invite(request)
            return try await renderList(req, notice: Self.notice(issued), link: issued.mailed ? nil : issued.link)
                .encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await renderInvite(req, form: form, failure: failure)
        }
    }

    static func notice(_ issued: InvitationService.Issued) -> String {
        issued.mailed
            ? "Приглашение для \(issued.invitation.addressee) поставлено в очередь на отправку."
            : "Почта не настроена: передайте приглашённому ссылку ниже (она действует 7 дней и открывается один раз)."
    }

    func resend(req: Request) async throws -> Response {
        let issued = try await Self.invitations(req).resend(req.id("invitationID"))
        return try await renderList(req, notice: Self.notice(issued), link: issued.mailed ? nil : issued.link)
            .encodeResponse(for: req)
    }

    func revokeInvitation(req: Request) async throws -> Response {
        try await Self.invitations(req).revoke(req.id("invitationID"))
        return try await renderList(req, notice: "Приглашение отозвано: его ссылка больше не откроется.", link: nil)
            .encodeResponse(for: req)
    }

    func card(req: Request) async throws -> View {
        try await renderCard(req, notice: nil, link: nil, failure: nil)
    }

    private func renderCard(
        _ req: Request, notice: String?, link: String?, failure: ValidationFailure?
    ) async throws -> View {
        let scope = try req.scope()
        let directory = AccountDirectory(scope: scope)
        let (entry, territory) = try await directory.managed(req.id("accountID"))
        try await AuditLog(scope: scope).record(
            .read, .account, objectID: entry.account.id,
            personID: entry.account.$person.id, fields: ["login", "grants"])
        return try await req.view.render(
            "accounts/card",
            AccountCardPage(
                meta: req.pageMeta(entry.account.displayName, breadcrumbs: [Link("Учётные записи", .accounts)]),
                entry: entry, territory: territory, user: scope.user,
                people: try await directory.linkablePeople(for: entry),
                notice: notice, link: link, failure: failure))
    }

    private func setBlocked(_ req: Request, _ blocked: Bool) async throws -> View {
        try await AccountDirectory(scope: req.scope()).setBlocked(req.id("accountID"), blocked)
        return try await renderCard(
            req,
            notice: blocked
                ? "Учётная запись заблокирована, её сеансы завершены."
                : "Учётная запись разблокирована.", link: nil, failure: nil)
    }

    func reset(req: Request) async throws -> View {
        let scope = try req.scope()
        let (entry, territory) = try await AccountDirectory(scope: scope).managed(req.id("accountID"))
        guard GrantPolicy.manages(scope.user.grants, account: entry.grants.map(\.grant), in: territory.map) else {
            throw DomainError.forbidden
        }
        let service = PasswordResetService(
            db: req.db, clock: req.clock, requestID: req.id, passwords: req.passwords,
            outbox: req.outbox, link: req.application.links.passwordReset)
        let link = try await service.issue(for: entry.account, by: scope)
        let mailed = req.outbox != nil && entry.account.mailAddress != nil
        return try await renderCard(
            req,
            notice: mailed
                ? "Ссылка для сброса пароля отправлена на \(entry.account.mailAddress!)."
                : "Передайте владельцу ссылку ниже: она действует один час.",
            link: mailed ? nil : link, failure: nil)
    }

    func grant(req: Request) async throws -> Response {
        let form = try req.content.decode(GrantForm.self)
        do {
            try await AccountDirectory(scope: req.scope()).grant(
                form.role.flatMap(Role.init(rawValue:)),
                at: GrantScope(token: form.scope), to: req.id("accountID"))
            return try await renderCard(req, notice: "Роль выдана.", link: nil, failure: nil).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await renderCard(req, notice: nil, link: nil, failure: failure)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    func revokeGrant(req: Request) async throws -> View {
        try await AccountDirectory(scope: req.scope()).revoke(grant: req.id("grantID"), from: req.id("accountID"))
        return try await renderCard(req, notice: "Роль отозвана.", link: nil, failure: nil)
    }
}
