import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct AuthTests {
    /// Opens the sign-in page like a browser: an anonymous session cookie and the form's CSRF token.
    func visitLogin(_ app: Application) async throws -> Browser {
        let page = try await app.get(SiteURL.login.path)
        #expect(page.status == .ok)
        let cookie = try #require(page.headers.setCookie?[SessionStore.cookieName]?.string)
        let html = page.body.string
        let marker = "name=\"_csrf\" value=\""
        let start = try #require(html.range(of: marker)).upperBound
        let csrf = String(html[start...].prefix { $0 != "\"" })
        return Browser(cookie: cookie, csrf: csrf)
    }

    @Test func signingInRenewsTheSessionAndSigningOutEndsIt() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let visitor = try await visitLogin(app)
            let response = try await app.post(
                SiteURL.login.path, as: visitor,
                form: [("login", fixture.a.accounts[.curator]!.login), ("password", Fixture.password)])
            #expect(response.status == .seeOther)
            let cookie = try #require(response.headers.setCookie?[SessionStore.cookieName])
            #expect(cookie.string != visitor.cookie)
            #expect(cookie.isHTTPOnly && cookie.sameSite == .lax && !cookie.isSecure)
            // The anonymous session id is dead now.
            #expect(try await app.get(SiteURL.home.path, as: visitor).status == .seeOther)
            let session = try #require(
                try await WebSessionModel.query(on: app.db).filter(\.$account.$id == fixture.a.accounts[.curator]!.id!)
                    .first())
            let signedIn = Browser(cookie: cookie.string, csrf: session.csrfToken)
            let home = try await app.get(SiteURL.home.path, as: signedIn)
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Куратор"))
            let out = try await app.post(SiteURL.logout.path, as: signedIn)
            #expect(out.headers.first(name: .location) == SiteURL.login.path)
            #expect(try await app.get(SiteURL.home.path, as: signedIn).status == .seeOther)
        }
    }

    @Test func wrongPasswordSaysSoWithoutTellingWhichPart() async throws {
        try await withApp { app, _ in
            _ = try await Fixture.seed(app)
            let visitor = try await visitLogin(app)
            for login in ["curator-a", "nobody"] {
                let response = try await app.post(
                    SiteURL.login.path, as: visitor, form: [("login", login), ("password", "wrong-password")])
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("Неверный логин или пароль."))
            }
        }
    }

    @Test func tenFailuresLockTheAccountForAWhile() async throws {
        try await withApp { app, clock in
            _ = try await Fixture.seed(app)
            let visitor = try await visitLogin(app)
            for _ in 0..<10 {
                _ = try await app.post(
                    SiteURL.login.path, as: visitor, form: [("login", "curator-a"), ("password", "wrong-password")])
            }
            let locked = try await app.post(
                SiteURL.login.path, as: visitor, form: [("login", "curator-a"), ("password", Fixture.password)])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("Слишком много неудачных попыток"))
            clock.advance(by: 16 * 60)
            let later = try await visitLogin(app)
            let allowed = try await app.post(
                SiteURL.login.path, as: later, form: [("login", "curator-a"), ("password", Fixture.password)])
            #expect(allowed.status == .seeOther)
        }
    }

    @Test func idleAndOldSessionsEnd() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            clock.advance(by: 29 * 60)
            #expect(try await app.get(SiteURL.home.path, as: browser).status == .ok)
            clock.advance(by: 31 * 60)
            let expired = try await app.get(SiteURL.home.path, as: browser)
            #expect(expired.status == .seeOther)
            #expect(expired.headers.first(name: .location) == SiteURL.login.path)

            let busy = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            for _ in 0..<25 {
                clock.advance(by: 29 * 60)
                _ = try await app.get(SiteURL.home.path, as: busy)
            }
            #expect(
                try await app.get(SiteURL.home.path, as: busy).status == .seeOther,
                "12 hours is the limit even for an active session")
        }
    }

    @Test func formsWithoutTheCSRFTokenChangeNothing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = SiteURL.editPerson(.id(fixture.a.adult.id!)).path
            let forged = try await app.post(path, as: browser, form: [("surname", "Подделка")], csrf: "forged")
            #expect(forged.status == .forbidden)
            let person = try #require(try await PersonModel.find(fixture.a.adult.id, on: app.db))
            #expect(person.surname == "Учителева-a")
        }
    }

    @Test func oneTimePasswordLeadsToThePasswordForm() async throws {
        try await withApp { app, _ in
            let password = try #require(try await FirstRun.ensureAdministrator(app))
            #expect(try await FirstRun.ensureAdministrator(app) == nil, "only an empty database gets an administrator")
            let hint = "одноразовый пароль администратора печатаются в консоли"
            #expect(try await app.get(SiteURL.login.path).body.string.contains(hint))
            let visitor = try await visitLogin(app)
            let response = try await app.post(
                SiteURL.login.path, as: visitor, form: [("login", FirstRun.login), ("password", password)])
            #expect(response.headers.first(name: .location) == SiteURL.account.path)
            // Once the administrator has signed in, nobody else is told about the console.
            #expect(!(try await app.get(SiteURL.login.path).body.string.contains(hint)))
            let admin = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == FirstRun.login).first())
            let browser = try await Browser.signedIn(app, as: admin)
            let elsewhere = try await Browser.signedIn(app, as: admin)
            #expect(
                try await app.get(SiteURL.organizations.path, as: browser).headers.first(name: .location)
                    == SiteURL.account.path)
            let tooLong = String(repeating: "пароль", count: 7)
            let refused = try await app.post(
                SiteURL.accountPassword.path, as: browser,
                form: [("currentPassword", password), ("newPassword", tooLong), ("repeatPassword", tooLong)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("длиннее 72 байт"))
            let changed = try await app.post(
                SiteURL.accountPassword.path, as: browser,
                form: [
                    ("currentPassword", password), ("newPassword", "new-secret-1"), ("repeatPassword", "new-secret-1"),
                ])
            #expect(changed.status == .seeOther)
            #expect(try await app.get(SiteURL.organizations.path, as: browser).status == .ok)
            // The session on another computer ends with the old password.
            let gone = try await app.get(SiteURL.organizations.path, as: elsewhere)
            #expect(gone.headers.first(name: .location) == SiteURL.login.path)
        }
    }

    @Test func pagesCarrySecurityHeaders() async throws {
        try await withApp { app, _ in
            let page = try await app.get(SiteURL.login.path)
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true)
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(page.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(page.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test func secureCookiesWhenConfigured() async throws {
        try await withApp { app, _ in
            app.config.secureCookies = true
            let page = try await app.get(SiteURL.login.path)
            #expect(page.headers.setCookie?[SessionStore.cookieName]?.isSecure == true)
        }
    }

    @Test func theVisionVersionSticks() async throws {
        try await withApp { app, _ in
            let toggle = try await app.get(SiteURL.vision.path + "?back=%2Flogin")
            #expect(toggle.headers.first(name: .location) == "/login")
            let cookie = try #require(toggle.headers.setCookie?[PageMeta.visionCookie])
            #expect(cookie.string == "on")
            let page = try await app.testing().sendRequest(.GET, SiteURL.login.path, headers: ["Cookie": "vision=on"])
            #expect(page.body.string.contains("class=\"vision\""))
            let evil = try await app.get(SiteURL.vision.path + "?back=%2F%2Fevil.example")
            #expect(evil.headers.first(name: .location) == "/")
        }
    }
}

@Suite struct BodyLimitTests {
    @Test func oversizedFormsAreRefusedWithoutAnError500() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let huge = String(repeating: "я", count: 700_000)
            var headers = browser.headers
            headers.contentType = .urlEncodedForm
            // A real server on a free port: only a streamed body shows the limit as production sees it.
            let response = try await app.testing(method: .running(port: 0)).sendRequest(
                .POST, SiteURL.editPerson(.id(fixture.a.adult.id!)).path, headers: headers,
                body: formBody([("_csrf", browser.csrf), ("surname", huge)]))
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("Слишком большой запрос или файл."))
        }
    }
}
