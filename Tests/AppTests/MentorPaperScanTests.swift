import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The signed consent and additional agreement are kept as scans beside their dates, and a partner's signed
/// cooperation agreement as well — on the pages and through the API; a file that is not a scan is refused by its
/// field and nothing of the form is lost.
@Suite struct MentorPaperScanTests {
    static let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".utf8)

    @Test func theFormKeepsTheScansWithTheDatesAndRefusesAFileThatIsNotOne() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let page = SiteURL.mentorAgreement(.id(pair)).path
            let fields = [
                ("_csrf", curator.csrf), ("payment", "monthly"), ("amount", "5000"), ("consentSignedOn", "20.11.2026"),
            ]
            var response = try await app.post(
                page, as: curator, multipart: fields,
                file: ("agreementScan", "соглашение.txt", "text/plain", Data("x".utf8)))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Приложите скан в формате PDF, JPEG или PNG"))
            #expect(response.body.string.contains("value=\"20.11.2026\""))
            #expect(try await MentorAgreementModel.query(on: app.db).count() == 0)

            response = try await app.post(
                page, as: curator, multipart: fields, file: ("consentScan", "согласие.pdf", "application/pdf", Self.pdf)
            )
            #expect(response.status == .seeOther)
            let html = try await app.get(page, as: curator).body.string
            let consentLink = SiteURL.mentorPaperScan(.id(pair), paper: .mentorConsent).path
            let agreementLink = SiteURL.mentorPaperScan(.id(pair), paper: .mentorAgreement).path
            #expect(html.contains("href=\"\(consentLink)\"") && !html.contains("href=\"\(agreementLink)\""))
            let scan = try await app.get(SiteURL.mentorPaperScan(.id(pair), paper: .mentorConsent).path, as: curator)
            #expect(scan.status == .ok && Data(scan.body.readableBytesView) == Self.pdf)
            let missing = try await app.get(
                SiteURL.mentorPaperScan(.id(pair), paper: .mentorAgreement).path, as: curator)
            #expect(missing.status == .notFound)
        }
    }

    @Test func theAPIUploadsAndReplacesAPapersScan() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            let path = "/mentorships/\(pair)/agreement/scan"
            var response = try await app.apiUpload(.PUT, path, token: token, file: nil)
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["file"] != nil)
            response = try await app.apiUpload(.PUT, path, token: token, file: ("1.pdf", "application/pdf", Self.pdf))
            #expect(response.status == .ok)
            let second = Self.pdf + Data("%".utf8)
            response = try await app.apiUpload(.PUT, path, token: token, file: ("2.pdf", "application/pdf", second))
            struct Scans: Decodable { var hasConsentScan: Bool, hasAgreementScan: Bool }
            let scans = try response.content.decode(Scans.self)
            #expect(scans.hasAgreementScan && !scans.hasConsentScan)
            let download = try await app.api(.GET, path, token: token)
            #expect(Data(download.body.readableBytesView) == second)
            #expect(try await MentorPaperScanModel.query(on: app.db).count() == 1)

            // A mentor reads nothing of it; the coordinator of the municipality may not upload.
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            response = try await app.apiUpload(
                .PUT, path, token: coordinator, file: ("3.pdf", "application/pdf", Self.pdf))
            #expect(response.status == .forbidden)
        }
    }

    @Test func aNonEmployeeHasNoAgreementToScan() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            _ = try await app.api(
                .PUT, "/mentorships/\(pair)/agreement", token: token, json: MentorAgreementTests.signedPapers)
            let model = try #require(try await MentorAgreementModel.query(on: app.db).first())
            model.employee = false
            try await model.save(on: app.db)
            let response = try await app.apiUpload(
                .PUT, "/mentorships/\(pair)/agreement/scan", token: token, file: ("1.pdf", "application/pdf", Self.pdf))
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields["file"]?.contains("не работник") == true)
            let consent = try await app.apiUpload(
                .PUT, "/mentorships/\(pair)/agreement/consent/scan", token: token,
                file: ("1.pdf", "application/pdf", Self.pdf))
            #expect(consent.status == .ok)
        }
    }

    @Test func aPartnersSignedAgreementIsUploadedThroughTheAPI() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let path = "/partners/\(fixture.a.partner)/agreement/scan"
            #expect(try await app.api(.GET, path, token: token).status == .notFound)
            var response = try await app.apiUpload(
                .PUT, path, token: token, file: ("скан.png", "image/png", Data("not a png".utf8)))
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["file"] != nil)
            response = try await app.apiUpload(
                .PUT, path, token: token, file: ("скан.pdf", "application/pdf", Self.pdf))
            #expect(response.status == .ok && response.body.string.contains("\"hasScan\":true"))
            let download = try await app.api(.GET, path, token: token)
            #expect(download.headers.contentType?.description == "application/pdf")
            #expect(Data(download.body.readableBytesView) == Self.pdf)
        }
    }
}
