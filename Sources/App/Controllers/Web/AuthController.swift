import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Sign-in and sign-out.
struct AuthController: RouteCollection {
    struct LoginPage: Encodable {
        var meta: PageMeta
        var login: String
        var message: String?
    }

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
        var cookie: (String, WebSessionModel)?
        if req.webSession == nil {
            let started = try await req.sessions.start(accountID: nil, replacing: nil)
            req.webSession = started.session
            cookie = started
        }
        let response = try await req.view.render("login", LoginPage(meta: req.pageMeta("Вход"), login: "", message: nil))
            .encodeResponse(for: req)
        if let (token, _) = cookie { setSessionCookie(token, on: response, req: req) }
        return response
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let service = LoginService(db: req.db, clock: req.clock, passwords: req.passwords)
        let address = req.remoteAddress?.ipAddress ?? "unknown"
        switch try await service.signIn(login: form.login ?? "", password: form.password ?? "", address: address) {
        case .signedIn(let account):
            let (token, _) = try await req.sessions.start(accountID: account.id, replacing: req.webSession)
            let response = req.redirect(to: account.mustChangePassword ? SiteURL.account.path : SiteURL.home.path)
            setSessionCookie(token, on: response, req: req)
            return response
        case .rejected:
            return try await page(req, login: form.login, message: "Неверный логин или пароль.", status: .unauthorized)
        case .throttled(let until):
            let minutes = max(1, Int((until.timeIntervalSince(req.clock.now()) / 60).rounded(.up)))
            return try await page(req, login: form.login,
                                  message: "Слишком много неудачных попыток входа. Повторите через \(minutes) мин.",
                                  status: .tooManyRequests)
        }
    }

    func signOut(req: Request) async throws -> Response {
        let (token, _) = try await req.sessions.start(accountID: nil, replacing: req.webSession)
        let response = req.redirect(to: SiteURL.login.path)
        setSessionCookie(token, on: response, req: req)
        return response
    }

    private func page(_ req: Request, login: String?, message: String, status: HTTPResponseStatus) async throws -> Response {
        let page = LoginPage(meta: req.pageMeta("Вход"), login: login ?? "", message: message)
        return try await req.view.render("login", page).encodeResponse(status: status, for: req)
    }

    private func setSessionCookie(_ token: String, on response: Response, req: Request) {
        response.cookies[SessionStore.cookieName] = req.sessions.cookie(token, secure: req.application.config.secureCookies)
    }
}
