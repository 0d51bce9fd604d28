import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Labour Code art. 351.8: a teacher mentors with a written consent and an additional agreement stating the mentees,
/// the term, the form and the payment; the organization may make them a condition of a pair's start; the accountant
/// gets the month's payments, which stop on the day a pair ends.
@Suite struct MentorAgreementTests {
    struct Agreement: Decodable {
        var employee: Bool
        var payment: String
        var signed: Bool
        var missing: String?
    }

    struct Payment: Decodable {
        var mentor: String
        var days: Int
        var daysInMonth: Int
        var dueKopecks: Int?
    }

    struct Status: Decodable { var status: String }

    static let signedPapers =
        #"{"payment": "monthly", "amount": "5 000", "consentSignedOn": "20.11.2026", "agreementNumber": "1-н", "#
        + #""agreementSignedOn": "2026-11-20"}"#

    /// A teacher's pair in side A's program, fixed by an order signed on 20.11.2026.
    static func fixedPair(_ app: Application, _ fixture: Fixture, token: String) async throws -> UUID {
        let (mentor, mentee) = try await MentorshipPagesTests.teachers(app, fixture)
        let program = fixture.a.bases.program
        var response = try await app.api(
            .POST, "/programs/\(program)/mentorships", token: token,
            json: #"{"mentor": "\#(mentor)", "mentees": ["\#(mentee)"], "form": "teacher_teacher"}"#)
        let pair = try response.content.decode(MentorshipAPITests.Pair.self).id
        response = try await app.api(
            .POST, "/organizations/\(fixture.a.organization.id!)/orders", token: token,
            json: #"{"kind": "fix_mentorships", "program": "\#(program)"}"#)
        let order = try response.content.decode(MentorshipAPITests.Order.self).id
        _ = try await app.api(
            .POST, "/orders/\(order)/sign", token: token, json: #"{"number": "15-о", "date": "20.11.2026"}"#)
        return pair
    }

    @Test func whereTheRuleIsOnAPairStartsOnlyWithItsMentorsPapersSigned() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            let org = fixture.a.organization.id!
            var response = try await app.api(
                .PUT, "/organizations/\(org)/mentor-agreements/settings", token: token,
                json: #"{"requiresSignedPapers": true}"#)
            #expect(response.status == .ok)
            let activate = #"{"action": "activate"}"#
            response = try await app.api(.POST, "/mentorships/\(pair)/status", token: token, json: activate)
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields["status"]?.contains("дополнительное соглашение") == true)

            response = try await app.api(
                .PUT, "/mentorships/\(pair)/agreement", token: token,
                json: #"{"payment": "monthly", "amount": "5000", "consentSignedOn": "20.11.2026"}"#)
            let half = try response.content.decode(Agreement.self)
            #expect(half.employee && !half.signed && half.missing == "дополнительное соглашение к трудовому договору")
            response = try await app.api(.POST, "/mentorships/\(pair)/status", token: token, json: activate)
            #expect(response.status == .unprocessableEntity)

            response = try await app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signedPapers)
            #expect(try response.content.decode(Agreement.self).signed)
            response = try await app.api(.POST, "/mentorships/\(pair)/status", token: token, json: activate)
            #expect(try response.content.decode(Status.self).status == "active")
            response = try await app.api(.GET, "/organizations/\(org)/mentor-agreements", token: token)
            #expect(response.body.string.contains(#""requiresSignedPapers":true"#))
        }
    }

    @Test func anEmployeesMentoringIsPaidAndPapersAreNotSignedInTheFuture() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            for (json, field) in [
                (#"{"payment": "unpaid"}"#, "payment"), (#"{"payment": "monthly", "amount": "пять тысяч"}"#, "amount"),
                (#"{"payment": "monthly", "amount": "99999999"}"#, "amount"),
                (#"{"payment": "salary_share", "percent": "0"}"#, "percent"),
                (#"{"payment": "salary_share", "percent": "10", "consentSignedOn": "01.01.2027"}"#, "consentSignedOn"),
                (#"{"payment": "monthly", "amount": "1", "agreementSignedOn": "31.02.2026"}"#, "agreementSignedOn"),
            ] {
                let response = try await app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: json)
                #expect(response.status == .unprocessableEntity, "\(json)")
                #expect(response.apiError?.fields[field] != nil, "\(json)")
            }
            #expect(try await MentorAgreementModel.query(on: app.db).count() == 0)
        }
    }

    @Test func theConsentAndTheAgreementNameTheMenteesTermOrderAndPayment() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            _ = try await app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signedPapers)
            var response = try await app.api(.GET, "/mentorships/\(pair)/agreement/document", token: token)
            let agreement = try MentorshipPagesTests().documentText(Data(response.body.readableBytesView))
            #expect(agreement.contains("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1-н") && agreement.contains("Опытнова"))
            #expect(agreement.contains("Молодова") && agreement.contains("5\u{00A0}000,00 ₽ в месяц"))
            #expect(agreement.contains("с 20.11.2026 по 31.08.2027 (приказ № 15-о от 20.11.2026)"))
            #expect(!agreement.contains("{{") && !agreement.contains("не работник"))
            response = try await app.api(.GET, "/mentorships/\(pair)/agreement/consent/document", token: token)
            let consent = try MentorshipPagesTests().documentText(Data(response.body.readableBytesView))
            #expect(consent.contains("СОГЛАСИЕ") && consent.contains("статья 351.8"))
            #expect(consent.contains("20.11.2026 г.") && !consent.contains("безвозмездной"))
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$objectKind == "mentor_agreement")
                .filter(\.$action == "download").count()
            #expect(audit == 2)
        }
    }

    /// From the order's day to the end of the month, then to the day the pair ended.
    @Test func theMonthsPaymentCountsTheDaysThePairWasInForce() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            let org = fixture.a.organization.id!
            _ = try await app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signedPapers)
            var response = try await app.api(.GET, "/organizations/\(org)/mentor-payments?month=2026-11", token: token)
            var rows = try response.content.decode([Payment].self)
            #expect(rows.count == 1 && rows[0].days == 11 && rows[0].daysInMonth == 30)
            #expect(rows[0].dueKopecks == 183_333)
            response = try await app.api(
                .POST, "/mentorships/\(pair)/status", token: token,
                json: #"{"action": "terminate", "reason": "mentor_left"}"#)
            #expect(response.status == .ok)
            response = try await app.api(.GET, "/organizations/\(org)/mentor-payments?month=2026-11", token: token)
            rows = try response.content.decode([Payment].self)
            #expect(rows.map(\.days) == [2] && rows[0].dueKopecks == 33_333)
            response = try await app.api(.GET, "/organizations/\(org)/mentor-payments?month=12.2026", token: token)
            #expect(try response.content.decode([Payment].self).isEmpty)
            response = try await app.api(.GET, "/organizations/\(org)/mentor-payments?month=2026-13", token: token)
            #expect(response.status == .unprocessableEntity)
            response = try await app.api(
                .GET, "/organizations/\(org)/mentor-payments/document?month=2026-11", token: token)
            #expect(Data(response.body.readableBytesView).starts(with: Data("PK".utf8)))
        }
    }

    @Test func anotherOrganizationGets404AndACoordinatorOnlyReads() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            let org = fixture.a.organization.id!
            let other = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            for (method, path) in [
                (HTTPMethod.GET, "/mentorships/\(pair)/agreement"), (.PUT, "/mentorships/\(pair)/agreement"),
                (.GET, "/mentorships/\(pair)/agreement/document"), (.GET, "/organizations/\(org)/mentor-agreements"),
                (.PUT, "/organizations/\(org)/mentor-agreements/settings"),
                (.GET, "/organizations/\(org)/mentor-payments"),
            ] {
                let json = method == .PUT ? Self.signedPapers : nil
                #expect(try await app.api(method, path, token: other, json: json).status == .notFound, "\(path)")
            }
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, "/mentorships/\(pair)/agreement", token: coordinator).status == .ok)
            let put = try await app.api(
                .PUT, "/mentorships/\(pair)/agreement", token: coordinator, json: Self.signedPapers)
            #expect(put.status == .forbidden)
            #expect(try await MentorAgreementModel.query(on: app.db).count() == 0)
        }
    }

    @Test func thePagesShowThePapersAndTheMonth() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await Self.fixedPair(app, fixture, token: token)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            var response = try await app.post(
                SiteURL.mentorAgreement(.id(pair)).path, as: curator,
                form: [("payment", "monthly"), ("amount", "-5"), ("consentSignedOn", "20.11.2026")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Укажите сумму в месяц в рублях"))
            response = try await app.post(
                SiteURL.mentorAgreement(.id(pair)).path, as: curator,
                form: [("payment", "salary_share"), ("percent", "15"), ("consentSignedOn", "20.11.2026")])
            #expect(response.status == .seeOther)
            let org = Slot.id(fixture.a.organization.id!)
            let page = try await app.get(SiteURL.mentorAgreements(org).path + "?month=2026-11", as: curator)
            #expect(page.body.string.contains("не подписано: дополнительное соглашение к трудовому договору"))
            #expect(page.body.string.contains("15 % оклада × 11/30"))
        }
    }
}
