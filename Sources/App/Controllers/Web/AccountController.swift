import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The account page: roles, password change, API tokens.
struct AccountController: RouteCollection {
    struct Page: Encodable {
        struct Token: Encodable {
            var name, createdAt, lastUsedAt, state: String
            var revokeURL: String?
        }
        var meta: PageMeta
        var login: String
        var grants: [String]
        var mustChangePassword: Bool
        var notice: String?
        var newToken: String?
        var passwordFields: [FormField]
        var tokenFields: [FormField]
        var tokens: [Token]
        var revokeAllURL = SiteURL.revokeAllTokens.path
        var mailURL = SiteURL.accountMail.path
        var mailFields: [FormField]
    }

    struct MailForm: Content {
        var receive: [String]?
    }

    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var repeatPassword: String?
    }

    struct TokenForm: Content {
        var name: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.account, use: show)
        routes.post(.accountPassword, use: changePassword)
        routes.post(.accountTokens, use: createToken)
        routes.post(.revokeToken(.key), use: revokeToken)
        routes.post(.revokeAllTokens, use: revokeAllTokens)
        routes.post(.accountMail, use: saveMail)
    }

    func show(req: Request) async throws -> View {
        let notice = (try? req.query.get(String.self, at: "done")) == "password" ? "Пароль изменён." : nil
        return try await render(req, notice: notice)
    }

    func changePassword(req: Request) async throws -> Response {
        let scope = try req.scope()
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await AccountService(scope: scope, passwords: req.passwords).changePassword(
                accountID: scope.user.accountID!, current: form.currentPassword ?? "", new: form.newPassword ?? "",
                repeated: form.repeatPassword ?? "", keeping: req.webSession?.id)
            return req.redirect(to: SiteURL.account.path + "?done=password")
        } catch let failure as ValidationFailure {
            return try await render(req, passwordFailure: failure).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func createToken(req: Request) async throws -> Response {
        let form = try req.content.decode(TokenForm.self)
        do {
            let token = try await APITokenService(scope: req.scope()).create(name: form.name)
            return try await render(req, newToken: token).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await render(req, tokenFailure: failure, tokenName: form.name).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func revokeToken(req: Request) async throws -> Response {
        try await APITokenService(scope: req.scope()).revoke(req.id("tokenID"))
        return req.redirect(to: SiteURL.account.path)
    }

    func saveMail(req: Request) async throws -> View {
        let scope = try req.scope()
        let receive = Set(try req.content.decode(MailForm.self).receive ?? [])
        let muted = MailKind.allCases.filter { $0.isOptional && !receive.contains($0.rawValue) }
        try await MailPreferences(db: req.db).set(scope.user.accountID!, muted: muted, scope: scope)
        return try await render(req, notice: "Настройки писем сохранены.")
    }

    func revokeAllTokens(req: Request) async throws -> View {
        let count = try await APITokenService(scope: req.scope()).revokeAll()
        return try await render(req, notice: count == 0 ? "Действующих токенов нет." : "Отозвано токенов: \(count).")
    }

    private func mailFields(_ req: Request, accountID: UUID?) async throws -> [FormField] {
        var account: AccountModel?
        if let accountID { account = try await AccountModel.find(accountID, on: req.db) }
        let options = MailKind.allCases.filter(\.isOptional).map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: account?.receives($0) ?? true)
        }
        return [FormField("receive", "Присылать на почту", kind: "checkboxes", options: options)]
    }

    private func render(
        _ req: Request, notice: String? = nil, newToken: String? = nil, passwordFailure: ValidationFailure? = nil,
        tokenFailure: ValidationFailure? = nil, tokenName: String? = nil
    ) async throws -> View {
        let scope = try req.scope()
        let user = scope.user
        let organizations = try await OrganizationModel.query(on: req.db).all()
        let names = Dictionary(uniqueKeysWithValues: organizations.map { ($0.id!, $0.shortName) })
        let grants = user.grants.map { grant -> String in
            switch grant.scope {
            case .system: grant.role.title
            case .organization(let id): "\(grant.role.title) — \(names[id.rawValue] ?? "организация")"
            case .municipality, .region: "\(grant.role.title) — территория"
            }
        }
        let tokens = try await APITokenService(scope: scope).tokens().map {
            Page.Token(
                name: $0.name, createdAt: $0.createdAt.russianDateTime,
                lastUsedAt: $0.lastUsedAt.map(\.russianDateTime) ?? "—",
                state: $0.revokedAt == nil ? "действует" : "отозван",
                revokeURL: $0.revokedAt == nil ? SiteURL.revokeToken(.id($0.id!)).path : nil)
        }
        let page = Page(
            meta: req.pageMeta("Учётная запись"), login: user.login, grants: grants,
            mustChangePassword: user.mustChangePassword,
            notice: notice, newToken: newToken,
            passwordFields: [
                FormField(
                    "currentPassword", "Текущий пароль", kind: "password", required: true, failure: passwordFailure,
                    autocomplete: "current-password"),
                FormField(
                    "newPassword", "Новый пароль", kind: "password", required: true,
                    help:
                        "Не короче \(Credentials.minPasswordLength) символов и не длиннее \(Credentials.maxPasswordBytes) байт.",
                    failure: passwordFailure, autocomplete: "new-password"),
                FormField(
                    "repeatPassword", "Новый пароль ещё раз", kind: "password", required: true,
                    failure: passwordFailure, autocomplete: "new-password"),
            ],
            tokenFields: [
                FormField("name", "Название нового токена", value: tokenName, required: true, failure: tokenFailure)
            ],
            tokens: tokens, mailFields: try await mailFields(req, accountID: user.accountID))
        return try await req.view.render("account", page)
    }
}
