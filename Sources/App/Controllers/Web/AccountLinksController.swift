import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The pages of links sent by e-mail: accepting an invitation, asking for and completing a password reset.
/// Nobody is signed in here; a visitor session carries the CSRF token.
struct AccountLinksController: RouteCollection {
    struct AcceptForm: Content {
        var login: String?
        var password: String?
        var repeatPassword: String?
        var acceptsTerms: String?
    }

    struct CodeForm: Content {
        var code: String?
    }

    struct ForgotForm: Content {
        var login: String?
    }

    struct ResetForm: Content {
        var password: String?
        var repeatPassword: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.enterCode) { req in
            try await req.withVisitorSession { try await render(req, CodeEntryPage(req.layout, failed: false)) }
        }
        routes.post(.enterCode) { req -> Response in
            let form = try req.content.decode(CodeForm.self)
            guard let code = SignInCode.normalized(form.code ?? "") else {
                return try await render(req, CodeEntryPage(req.layout, failed: true), status: .unprocessableEntity)
            }
            return req.redirect(to: SiteURL.acceptInvitation(code).path)
        }
        routes.get(.acceptInvitation(":token"), use: showInvitation)
        routes.post(.acceptInvitation(":token"), use: acceptInvitation)
        routes.get(.forgotPassword, use: showForgot)
        routes.post(.forgotPassword, use: requestReset)
        routes.get(.resetPassword(":token"), use: showReset)
        routes.post(.resetPassword(":token"), use: completeReset)
    }

    private func token(_ req: Request) -> String { req.parameters.get("token") ?? "" }

    private func acceptance(_ req: Request) -> InvitationAcceptance {
        InvitationAcceptance(db: req.db, clock: req.clock, requestID: req.id, passwords: req.passwords)
    }

    private func resets(_ req: Request) -> PasswordResetService {
        PasswordResetService(
            db: req.db, clock: req.clock, requestID: req.id, passwords: req.passwords,
            outbox: req.outbox, link: req.application.links.passwordReset)
    }

    func showInvitation(req: Request) async throws -> Response {
        let (invitation, existing) = try await acceptance(req).pending(token: token(req))
        return try await req.withVisitorSession {
            try await render(
                req, InvitationAcceptPage(req.layout, invitation: invitation, existing: existing, failure: nil))
        }
    }

    func acceptInvitation(req: Request) async throws -> Response {
        let form = try req.content.decode(AcceptForm.self)
        let answer = InvitationAcceptance.Answer(
            login: form.login, password: form.password, repeatPassword: form.repeatPassword,
            acceptsTerms: form.acceptsTerms == "true")
        do {
            let account = try await acceptance(req).accept(token: token(req), answer)
            return try await req.signIn(account, to: .home)
        } catch let failure as ValidationFailure {
            let (invitation, existing) = try await acceptance(req).pending(token: token(req))
            return try await render(
                req,
                InvitationAcceptPage(
                    req.layout, invitation: invitation, existing: existing,
                    failure: failure, answer: answer),
                status: .unprocessableEntity)
        }
    }

    func showForgot(req: Request) async throws -> Response {
        try await req.withVisitorSession { try await render(req, PasswordForgotPage(req.layout, sent: false)) }
    }

    func requestReset(req: Request) async throws -> Response {
        let form = try req.content.decode(ForgotForm.self)
        try await resets(req).request(loginOrEmail: String((form.login ?? "").prefix(200)))
        return try await render(req, PasswordForgotPage(req.layout, sent: true))
    }

    func showReset(req: Request) async throws -> Response {
        let (_, account) = try await resets(req).account(token: token(req))
        return try await req.withVisitorSession {
            try await render(req, PasswordResetPage(req.layout, login: account.login, failure: nil, done: false))
        }
    }

    func completeReset(req: Request) async throws -> Response {
        let form = try req.content.decode(ResetForm.self)
        do {
            let account = try await resets(req).complete(
                token: token(req), password: form.password,
                repeated: form.repeatPassword)
            return try await render(req, PasswordResetPage(req.layout, login: account.login, failure: nil, done: true))
        } catch let failure as ValidationFailure {
            let (_, account) = try await resets(req).account(token: token(req))
            return try await render(
                req, PasswordResetPage(req.layout, login: account.login, failure: failure, done: false),
                status: .unprocessableEntity)
        }
    }

    private func render<Page: AccountLinkPage>(
        _ req: Request, _ page: Page, status: HTTPStatus = .ok
    ) async throws -> Response {
        try await req.view.render(Page.template, page).encodeResponse(status: status, for: req)
    }
}
