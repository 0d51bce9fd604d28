import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The account page: roles, password change, API tokens.
struct AccountController: RouteCollection {
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
        let done = (try? req.query.get(String.self, at: "done")) == "password"
        return try await render(req, notice: done ? .passwordChanged : nil)
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
            return try await render(req, forms: .init(passwordFailure: failure)).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func createToken(req: Request) async throws -> Response {
        let form = try req.content.decode(TokenForm.self)
        do {
            let token = try await APITokenService(scope: req.scope()).create(name: form.name)
            return try await render(req, forms: .init(newToken: token)).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await render(req, forms: .init(tokenFailure: failure, tokenName: form.name)).encodeResponse(
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
        return try await render(req, notice: .mailSaved)
    }

    func revokeAllTokens(req: Request) async throws -> View {
        let count = try await APITokenService(scope: req.scope()).revokeAll()
        return try await render(req, notice: .tokensRevoked(count))
    }

    private func render(
        _ req: Request, notice: AccountContext.Notice? = nil, forms: AccountContext.Forms = .init()
    ) async throws -> View {
        let scope = try req.scope()
        let page = AccountContext(
            meta: req.pageMeta("Учётная запись"), user: scope.user,
            organizations: try await OrganizationDirectory(scope: scope).grantedNames(),
            tokens: try await APITokenService(scope: scope).tokens(),
            muted: try await MailPreferences(db: req.db).muted(scope.user.accountID), notice: notice, forms: forms)
        return try await req.view.render("account", page)
    }
}
