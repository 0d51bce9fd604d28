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

/// The outbox sent over a real SMTP server: retries, final failures, and several senders at once.
@Suite(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd (python3-aiosmtpd)"), .serialized)
struct MailDeliveryTests {
    static func queue(_ app: Application, _ addresses: [String]) async throws {
        try await app.outbox!.enqueue(
            addresses.map {
                OutgoingMail(
                    kind: .reminder, address: $0, recipientName: "Получатель", subject: "Напоминание о встрече",
                    text: "Встреча завтра в 15:00.")
            }, on: app.db, now: app.clock.now())
    }

    static func delivery(_ app: Application, port: Int) -> MailDelivery {
        let client = SMTPClient(
            server: SMTPServer(host: "127.0.0.1", port: port, security: .startTLS),
            group: app.eventLoopGroup, timeout: .seconds(30))
        return MailDelivery(
            db: app.db, transport: client, from: MailAddress("nastavnik@school.test")!, clock: app.clock)
    }

    @Test func aServerThatIsDownIsTriedAgainLater() async throws {
        let sink = try SMTPSink()
        let down = try SMTPSink().port  // nothing listens there once this sink is gone
        try await withApp(mail: InvitationTests.settings(sink)) { app, clock in
            try await Self.queue(app, ["a@school.test", "b@school.test"])
            #expect(try await Self.delivery(app, port: down).run() == .init(retrying: 2))
            let rows = try await EmailOutboxModel.query(on: app.db).all()
            #expect(
                rows.allSatisfy {
                    $0.status == .queued && $0.attempts == 1 && $0.lastError?.contains("нет связи") == true
                })
            #expect(rows.allSatisfy { $0.nextAttemptAt == clock.clock.now().addingTimeInterval(60) })
            #expect(try await app.mailDelivery!.run() == .init(), "not due yet")
            clock.advance(by: 61)
            #expect(try await app.mailDelivery!.run() == .init(sent: 2))
            #expect(try await sink.waitFor(2).count == 2)
            #expect(try await EmailOutboxModel.query(on: app.db).filter(\.$status == .sent).count() == 2)
        }
    }

    @Test func aRefusedAddressFailsForGoodAndIsShownWithTheAnswer() async throws {
        let sink = try SMTPSink(["--refuse", "gone@school.test"])
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            try await Self.queue(app, ["gone@school.test", "ok@school.test", "not an address"])
            #expect(try await app.mailDelivery!.run() == .init(sent: 1, failed: 2))
            let admin = try await Browser.signedIn(app, as: fixture.admin)
            let page = try await app.get("/mail?status=failed", as: admin)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("550") && page.body.string.contains("неверный адрес"))
            let failed = try #require(
                try await EmailOutboxModel.query(on: app.db).filter(\.$address == "gone@school.test").first())
            #expect(try await app.post("/mail/\(failed.id!)/retry", as: admin).status == .seeOther)
            #expect(try await EmailOutboxModel.find(failed.id, on: app.db)?.status == .queued)
            // A curator sees only their organization's messages: these have none.
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            #expect(!(try await app.get("/mail", as: curator).body.string.contains("gone@school.test")))
            #expect(try await app.post("/mail/\(failed.id!)/retry", as: curator).status == .notFound)
            let mentor = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get("/mail", as: mentor).status == .notFound)
        }
    }

    @Test func twoSendersAtOnceSendEachMessageOnce() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let addresses = (1...40).map { "person\($0)@school.test" }
            try await Self.queue(app, addresses)
            var first = Self.delivery(app, port: sink.port)
            var second = Self.delivery(app, port: sink.port)
            first.batchSize = 7
            second.batchSize = 5
            async let a = first.run()
            async let b = second.run()
            let (ra, rb) = try await (a, b)
            #expect(ra.sent + rb.sent == 40)
            let received = try await sink.waitFor(40).flatMap(\.rcptTos)
            #expect(received.count == 40 && Set(received) == Set(addresses))
        }
    }

    @Test func aSenderThatStoppedLeavesItsMessagesToOthers() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, clock in
            try await Self.queue(app, ["a@school.test"])
            // A node claimed the message and died before sending it.
            let claimed = try await OutboxRepository(db: app.db).claim(limit: 10, now: clock.clock.now(), lease: 300)
            #expect(claimed.count == 1)
            #expect(try await app.mailDelivery!.run() == .init(), "the claim still holds")
            clock.advance(by: 301)
            #expect(try await app.mailDelivery!.run() == .init(sent: 1))
        }
    }
}

/// Reminders carry a one-click unsubscribe link; an account chooses which letters it receives.
@Suite(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd (python3-aiosmtpd)"), .serialized)
struct ReminderMailTests {
    /// A rhythm reminder to the account as stored now (the notifier reads accounts fresh, as the rhythm does).
    static func remind(_ app: Application, _ account: AccountModel, key: String) async throws -> Int {
        let stored = try #require(try await AccountModel.find(account.id, on: app.db))
        return try await Notifier(db: app.db, now: app.clock.now(), outbox: app.outbox).send(
            .init(kind: "risk", key: key, text: "Пара не встречалась 3 недели", link: "/my/mentoring"), to: [stored])
    }

    @Test func aReminderCanBeTurnedOffFromTheLetterAndBackOnTheAccountPage() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            let account = fixture.a.accounts[.mentor]!
            account.email = "mentor-a@school.test"
            try await account.save(on: app.db)
            #expect(try await Self.remind(app, account, key: "r1") == 1)
            #expect(try await app.mailDelivery!.run().sent == 1)
            let letter = try #require(try await sink.waitFor(1).first)
            let header = try #require(letter.headers["List-Unsubscribe"])
            #expect(letter.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
            let path = String(header.dropFirst("<https://nastavnik.test".count).dropLast())
            #expect(try await app.get(path).status == .ok)
            // The one-click POST of a mail client: no session, no CSRF token.
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let clicked = try await app.testing().sendRequest(
                .POST, path, headers: headers,
                body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            #expect(clicked.status == .ok)
            #expect(try await Self.remind(app, account, key: "r2") == 1, "the bell still rings")
            #expect(
                try await EmailOutboxModel.query(on: app.db).filter(\.$address == "mentor-a@school.test").count() == 1)
            #expect(try await app.get("/mail/unsubscribe/not-a-token-but-long-enough").status == .notFound)

            let browser = try await Browser.signedIn(app, as: account)
            #expect(try await app.post("/account/mail", as: browser, form: [("receive[]", "reminder")]).status == .ok)
            #expect(try await Self.remind(app, account, key: "r3") == 1)
            #expect(
                try await EmailOutboxModel.query(on: app.db).filter(\.$address == "mentor-a@school.test").count() == 2)
        }
    }

    @Test func theDailyDigestFollowsItsOwnChoice() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = fixture.a.accounts[.curator]!
            curator.email = "curator-a@school.test"
            try await curator.save(on: app.db)
            let browser = try await Browser.signedIn(app, as: curator)
            // Reminders yes, the digest no.
            #expect(try await app.post("/account/mail", as: browser, form: [("receive[]", "reminder")]).status == .ok)
            let stored = try #require(try await AccountModel.find(curator.id, on: app.db))
            let notifier = Notifier(db: app.db, now: app.clock.now(), outbox: app.outbox)
            _ = try await notifier.send(
                .init(
                    kind: "risk-summary", key: "d1", text: "Ритм встреч: 3 риска", link: "/",
                    mailKind: .digest), to: [stored])
            _ = try await notifier.send(
                .init(kind: "risk", key: "r1", text: "Пара не встречалась", link: "/"),
                to: [stored])
            let letters = try await EmailOutboxModel.query(on: app.db)
                .filter(\.$address == "curator-a@school.test").all()
            #expect(letters.map(\.kind) == [.reminder])
        }
    }
}
