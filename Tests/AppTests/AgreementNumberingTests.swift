import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Additional agreements are numbered by the organization's own pattern: one signed without a number takes the next
/// of its year, a number is never given twice in a year — also to two agreements signed at once — and a typed number
/// already taken is refused by its field.
@Suite struct AgreementNumberingTests {
    struct Agreement: Decodable { var agreementNumber: String? }

    static func signed(number: String? = nil) -> String {
        #"{"payment": "monthly", "amount": "5000", "consentSignedOn": "20.11.2026", "agreementSignedOn": "20.11.2026""#
            + (number.map { #", "agreementNumber": "\#($0)"}"# } ?? "}")
    }

    @Test func anAgreementSignedWithoutANumberTakesTheNextOfItsYear() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let org = fixture.a.organization.id!
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            let other = fixture.a.bases.mentorship
            var response = try await app.api(
                .PUT, "/organizations/\(org)/mentor-agreements/numbering", token: token, json: #"{"numbering": "7"}"#)
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["numbering"] != nil)
            response = try await app.api(
                .PUT, "/organizations/\(org)/mentor-agreements/numbering", token: token,
                json: #"{"numbering": "{N}-дс"}"#)
            #expect(response.body.string.contains(#""next":"1-дс""#))

            response = try await app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signed())
            #expect(try response.content.decode(Agreement.self).agreementNumber == "1-дс")
            response = try await app.api(
                .PUT, "/mentorships/\(other)/agreement", token: token, json: Self.signed(number: "1-дс"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields["agreementNumber"]?.contains("уже занят в 2026 году") == true)
            response = try await app.api(.PUT, "/mentorships/\(other)/agreement", token: token, json: Self.signed())
            #expect(try response.content.decode(Agreement.self).agreementNumber == "2-дс")
            // Saving again keeps the number it has.
            response = try await app.api(
                .PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signed(number: "1-дс"))
            #expect(try response.content.decode(Agreement.self).agreementNumber == "1-дс")
        }
    }

    @Test func twoAgreementsSignedAtOnceGetTwoNumbers() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            _ = try await app.api(
                .PUT, "/organizations/\(fixture.a.organization.id!)/mentor-agreements/numbering", token: token,
                json: #"{"numbering": "ДС-{N}"}"#)
            async let first = app.api(.PUT, "/mentorships/\(pair)/agreement", token: token, json: Self.signed())
            async let second = app.api(
                .PUT, "/mentorships/\(fixture.a.bases.mentorship)/agreement", token: token, json: Self.signed())
            let statuses = try await [first.status, second.status]
            #expect(statuses == [.ok, .ok])
            let numbers = try await MentorAgreementModel.query(on: app.db).all().compactMap(\.agreementNumber).sorted()
            #expect(numbers == ["ДС-1", "ДС-2"])
        }
    }

    @Test func thePageSetsThePatternAndRefusesABadOneByItsField() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            var response = try await app.post(
                SiteURL.mentorAgreementNumbering(org).path, as: curator, form: [("numbering", "ДС-1")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("aria-describedby=\"e-numbering\""))
            #expect(response.body.string.contains("value=\"ДС-1\""))
            response = try await app.post(
                SiteURL.mentorAgreementNumbering(org).path, as: curator, form: [("numbering", "ДС-{N}")])
            #expect(response.status == .seeOther)
            let page = try await app.get(SiteURL.mentorAgreements(org).path, as: curator).body.string
            #expect(page.contains("Нумерация дополнительных соглашений") && page.contains("value=\"ДС-{N}\""))
        }
    }
}
