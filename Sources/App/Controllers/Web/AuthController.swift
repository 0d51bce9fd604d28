import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Sign-in and sign-out.
struct AuthController: RouteCollection {
    struct LoginForm: Content {
        var login: String?
        var password: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.login, use: show)
        routes.post(.login, use: signIn)
        routes.post(.logout, use: signOut)
    }

    /// The form needs a session for its CSRF token: a visitor gets an anonymous one.
    func show(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SiteURL.home.path) }
        return try await req.withVisitorSession {
            let page = LoginContext(
                meta: req.pageMeta("Вход"), login: "", forgotURL: req.forgotPasswordURL,
                firstRun: try await FirstRun.awaitsAdministrator(req.db))
            return try await req.view.render("login", page).encodeResponse(for: req)
        }
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let service = LoginService(db: req.db, clock: req.clock, passwords: req.passwords)
        let address = req.clientAddress ?? "unknown"
        switch try await service.signIn(login: form.login ?? "", password: form.password ?? "", address: address) {
        case .signedIn(let account):
            return try await req.signIn(account, to: account.mustChangePassword ? .account : .home)
        case .blocked:
            return try await page(req, login: form.login, problem: .blocked, status: .forbidden)
        case .rejected:
            return try await page(req, login: form.login, problem: .rejected, status: .unauthorized)
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.clock.now()) / 60).rounded(.up)))
            return try await page(
                req, login: form.login, problem: .throttled, minutes: minutes, status: .tooManyRequests)
        }
    }

    func signOut(req: Request) async throws -> Response {
        let (token, _) = try await req.sessions.start(accountID: nil, replacing: req.webSession)
        let response = req.redirect(to: SiteURL.login.path)
        req.setSessionCookie(token, on: response)
        return response
    }

    private func page(
        _ req: Request, login: String?, problem: LoginContext.Problem, minutes: Int? = nil,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let page = LoginContext(
            meta: req.pageMeta("Вход"), login: login ?? "", problem: problem, minutes: minutes,
            forgotURL: req.forgotPasswordURL)
        return try await req.view.render("login", page).encodeResponse(status: status, for: req)
    }
}

extension Request {
    /// A form needs a session for its CSRF token: a visitor gets an anonymous one, and its cookie goes with the page.
    func withVisitorSession(_ render: () async throws -> Response) async throws -> Response {
        var token: String?
        if webSession == nil {
            let started = try await sessions.start(accountID: nil, replacing: nil)
            webSession = started.session
            token = started.token
        }
        let response = try await render()
        if let token { setSessionCookie(token, on: response) }
        return response
    }

    /// A new session for the account (never the visitor's old id) and a redirect.
    func signIn(_ account: AccountModel, to page: SiteURL) async throws -> Response {
        let (token, _) = try await sessions.start(accountID: account.id, replacing: webSession)
        let response = redirect(to: page.path)
        setSessionCookie(token, on: response)
        return response
    }

    var forgotPasswordURL: String? { outbox == nil ? nil : SiteURL.forgotPassword.path }

    func setSessionCookie(_ token: String, on response: Response) {
        response.cookies[SessionStore.cookieName] = sessions.cookie(token, secure: application.config.secureCookies)
    }
}
