import Fluent
import FluentKit
import Foundation
import Mail
import MailTestSupport
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Invitations and password resets through a real SMTP server: the letter arrives, its link works once.
@Suite(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd (python3-aiosmtpd)"), .serialized)
struct InvitationTests {
    static func settings(_ sink: SMTPSink) -> MailSettings {
        MailSettings(
            server: SMTPServer(host: "127.0.0.1", port: sink.port, security: .startTLS),
            from: MailAddress("nastavnik@school.test")!)
    }

    /// The path of the first link to the app in a letter.
    static func link(in mail: SMTPSink.Received) throws -> String {
        let text = try #require(mail.text)
        let start = try #require(text.range(of: "https://nastavnik.test"))
        return String(text[start.upperBound...].prefix { !$0.isWhitespace })
    }

    @Test func aCuratorIsInvitedByMailAndSignsIn() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: Self.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            let admin = try await Browser.signedIn(app, as: fixture.admin)
            let place = GrantScope.organization(fixture.a.organization.typedID).token
            let invited = try await app.post(
                "/accounts/invite", as: admin,
                form: [
                    ("email", "Curator.New@School.test"), ("displayName", "Новикова Ольга Петровна"),
                    ("role", "curator"), ("scope", place),
                ])
            #expect(invited.status == .ok)
            #expect(invited.body.string.contains("поставлено в очередь"))
            #expect(try await app.mailDelivery!.run() == MailDelivery.Report(sent: 1))
            let mail = try #require(try await sink.waitFor(1).first)
            #expect(mail.rcptTos == ["curator.new@school.test"])
            #expect(mail.headers["Subject"] == "Приглашение в «Наставник»: Школа a")
            #expect(mail.headers["From"]?.hasPrefix("Школа a <nastavnik@school.test>") == true)
            #expect(mail.html?.contains("Принять приглашение") == true)
            let path = try Self.link(in: mail)

            let (visitor, page) = try await Browser.visitor(app, opening: path)
            #expect(page.status == .ok && page.body.string.contains("curator.new@school.test"))
            let noTerms = try await app.post(
                path, as: visitor,
                form: [
                    ("password", "new-password-1"),
                    ("repeatPassword", "new-password-1"),
                ])
            #expect(noTerms.status == .unprocessableEntity && noTerms.body.string.contains("условия"))
            let accepted = try await app.post(
                path, as: visitor,
                form: [
                    ("password", "new-password-1"), ("repeatPassword", "new-password-1"), ("acceptsTerms", "true"),
                ])
            #expect(accepted.status == .seeOther)
            let home = try await app.get("/", as: visitor.following(accepted))
            #expect(home.status == .ok && home.body.string.contains("Новикова Ольга Петровна"))
            let account = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "curator.new@school.test").first())
            let grants = try await GrantModel.query(on: app.db).filter(\.$account.$id == account.id!).all().compactMap(
                \.grant)
            #expect(grants == [Grant(role: .curator, scope: .organization(fixture.a.organization.typedID))])

            let (other, _) = try await Browser.visitor(app, opening: "/login")
            let again = try await app.post(
                path, as: other,
                form: [
                    ("password", "other-password-1"), ("repeatPassword", "other-password-1"), ("acceptsTerms", "true"),
                ])
            #expect(again.status == .gone)
            #expect(try await app.get(path).status == .gone)
        }
    }

    @Test func twoClicksAtOnceMakeOneAccount() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: Self.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = RequestScope(
                db: app.db, user: try await AccountService.currentUser(fixture.admin, on: app.db),
                requestID: "t", clock: app.clock)
            let issued = try await InvitationService(scope: scope, outbox: app.outbox, link: app.links.invitation)
                .invite(
                    .init(
                        email: "twice@school.test", displayName: "Дважды", role: .mentor,
                        grantScope: .organization(fixture.a.organization.typedID)))
            let path = String(issued.link.dropFirst("https://nastavnik.test".count))
            let (first, _) = try await Browser.visitor(app, opening: path)
            let (second, _) = try await Browser.visitor(app, opening: path)
            let form = [("password", "new-password-1"), ("repeatPassword", "new-password-1"), ("acceptsTerms", "true")]
            async let a = app.post(path, as: first, form: form)
            async let b = app.post(path, as: second, form: form)
            let statuses = try await [a.status, b.status].map(\.code).sorted()
            #expect(statuses == [303, 410])
            #expect(try await AccountModel.query(on: app.db).filter(\.$login == "twice@school.test").count() == 1)
            #expect(
                try await GrantModel.query(on: app.db).join(
                    AccountModel.self, on: \GrantModel.$account.$id == \AccountModel.$id
                )
                .filter(AccountModel.self, \.$login == "twice@school.test").count() == 1)
        }
    }

    @Test func nobodyGivesARoleWiderThanTheirOwn() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let own = GrantScope.organization(fixture.a.organization.typedID).token
            let other = GrantScope.organization(fixture.b.organization.typedID).token
            for (role, scope) in [("head", own), ("curator", own), ("mentor", other), ("authority_coordinator", own)] {
                let response = try await app.post(
                    "/accounts/invite", as: curator,
                    form: [
                        ("email", "x@school.test"), ("displayName", "Икс"), ("role", role), ("scope", scope),
                    ])
                #expect(response.status == .unprocessableEntity, "\(role) at \(scope)")
            }
            let mentor = try await app.post(
                "/accounts/invite", as: curator,
                form: [
                    ("email", "mentor@school.test"), ("displayName", "Наставник"), ("role", "mentor"), ("scope", own),
                ])
            #expect(mentor.status == .ok)
            // Without mail the link is shown to pass on.
            #expect(mentor.body.string.contains("https://nastavnik.test/invite/"))
            let participant = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get("/accounts", as: participant).status == .notFound)
            #expect(try await app.get("/accounts/invite", as: participant).status == .notFound)
            // Another organization's account answers 404.
            let foreign = fixture.b.accounts[.mentor]!.id!.uuidString
            #expect(try await app.get("/accounts/\(foreign)", as: curator).status == .notFound)
            #expect(try await app.post("/accounts/\(foreign)/block", as: curator).status == .notFound)
        }
    }

    @Test func aForgottenPasswordIsResetByMailAndEndsOtherSessions() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: Self.settings(sink)) { app, clock in
            let fixture = try await Fixture.seed(app)
            let account = fixture.a.accounts[.curator]!
            account.email = "curator-a@school.test"
            try await account.save(on: app.db)
            let oldSession = try await Browser.signedIn(app, as: account)
            let (visitor, forgot) = try await Browser.visitor(app, opening: "/password/forgot")
            #expect(forgot.status == .ok)
            for login in ["curator-a", "nobody-here"] {
                let asked = try await app.post("/password/forgot", as: visitor, form: [("login", login)])
                #expect(asked.status == .ok && asked.body.string.contains("Если такая учётная запись есть"))
            }
            #expect(try await app.mailDelivery!.run().sent == 1)
            let mail = try #require(try await sink.waitFor(1).first)
            #expect(mail.rcptTos == ["curator-a@school.test"])
            let path = try Self.link(in: mail)
            let (resetter, page) = try await Browser.visitor(app, opening: path)
            #expect(page.status == .ok)
            let short = try await app.post(
                path, as: resetter, form: [("password", "short"), ("repeatPassword", "short")])
            #expect(short.status == .unprocessableEntity)
            let done = try await app.post(
                path, as: resetter,
                form: [
                    ("password", "brand-new-pass"),
                    ("repeatPassword", "brand-new-pass"),
                ])
            #expect(done.status == .ok && done.body.string.contains("Пароль учётной записи curator-a изменён"))
            #expect(try await app.get("/", as: oldSession).status == .seeOther)
            #expect(try await app.get(path).status == .gone)
            let login = try await app.post(
                "/login", as: visitor, form: [("login", "curator-a"), ("password", "brand-new-pass")])
            #expect(login.status == .seeOther)

            // A second link expires after an hour.
            let (another, _) = try await Browser.visitor(app, opening: "/password/forgot")
            _ = try await app.post("/password/forgot", as: another, form: [("login", "curator-a@school.test")])
            _ = try await app.mailDelivery!.run()
            let letters = try await sink.waitFor(2)
            try #require(letters.count == 2)
            let second = try Self.link(in: letters[1])
            clock.advance(by: 3601)
            #expect(try await app.get(second).status == .gone)
        }
    }

    @Test func aBlockedAccountCannotSignInAndLosesItsSessions() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let head = try await Browser.signedIn(app, as: fixture.a.accounts[.head]!)
            let mentor = fixture.a.accounts[.mentor]!
            let session = try await Browser.signedIn(app, as: mentor)
            let token = try await app.apiToken(for: mentor)
            #expect(try await app.post("/accounts/\(mentor.id!)/block", as: head).status == .ok)
            #expect(try await app.get("/", as: session).status == .seeOther)
            #expect(try await app.api(.GET, "/me", token: token).status == .unauthorized)
            let (visitor, _) = try await Browser.visitor(app, opening: "/login")
            let login = try await app.post(
                "/login", as: visitor, form: [("login", mentor.login), ("password", Fixture.password)])
            #expect(login.status == .forbidden)
            // A curator does not see the head's account, and cannot block it once it is also a mentor's.
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let headAccount = fixture.a.accounts[.head]!
            #expect(try await app.post("/accounts/\(headAccount.id!)/block", as: curator).status == .notFound)
            try await GrantModel(
                accountID: headAccount.id!,
                grant: Grant(role: .mentor, scope: .organization(fixture.a.organization.typedID))
            ).create(on: app.db)
            #expect(try await app.get("/accounts/\(headAccount.id!)", as: curator).status == .ok)
            #expect(try await app.post("/accounts/\(headAccount.id!)/block", as: curator).status == .forbidden)
            #expect(try await app.post("/accounts/\(mentor.id!)/unblock", as: head).status == .ok)
            let again = try await app.post(
                "/login", as: visitor, form: [("login", mentor.login), ("password", Fixture.password)])
            #expect(again.status == .seeOther)
        }
    }
}

/// An account is tied to a participant from a list, and one participant to one account only.
@Suite struct AccountPersonTests {
    @Test func anAccountIsTiedToOneParticipant() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let scope = app.consoleScope()
            var input = PersonInput()
            input.surname = "Новенькая"
            input.givenName = "Ольга"
            input.birthDate = "01.02.1990"
            input.categories = ["teacher"]
            let teacher = try await PeopleService(scope: scope)
                .create(in: fixture.a.organization.id!, input: input).person
            let account = try await AccountService(scope: scope, passwords: PasswordHashing(app: app)).create(
                .init(
                    login: "novaya", password: Fixture.password, displayName: "Новенькая О.",
                    grants: [Grant(role: .mentor, scope: .organization(fixture.a.organization.typedID))]))
            let card = try await app.get("/accounts/\(account.id!)", as: curator)
            #expect(card.body.string.contains("Новенькая Ольга") && !card.body.string.contains(">Учителева-a Анна"))
            let tied = try await app.post(
                "/accounts/\(account.id!)/person", as: curator,
                form: [("personID", teacher.id!.uuidString)])
            #expect(tied.status == .ok)
            #expect(try await AccountModel.find(account.id, on: app.db)?.$person.id == teacher.id)
            // The fixture's mentor account already holds the adult: another account cannot take her.
            let taken = try await app.post(
                "/accounts/\(account.id!)/person", as: curator,
                form: [("personID", fixture.a.adult.id!.uuidString)])
            #expect(taken.status == .unprocessableEntity && taken.body.string.contains("уже связан"))
            // Someone of another organization is not offered and not accepted.
            let foreign = try await app.post(
                "/accounts/\(account.id!)/person", as: curator,
                form: [("personID", fixture.b.adult.id!.uuidString)])
            #expect(foreign.status == .unprocessableEntity)
            #expect(try await AccountModel.find(account.id, on: app.db)?.$person.id == teacher.id)
        }
    }
}
