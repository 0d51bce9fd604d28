@testable import App
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Testing
import Vapor
import VaporTesting

@Suite struct ConsentScanTests {
    func multipart(_ fields: [(String, String)], file: (name: String, type: String, data: String)) -> (HTTPHeaders, ByteBuffer) {
        multipartForm(fields, file: (field: "scan", name: file.name, type: file.type, data: Data(file.data.utf8)))
    }

    @Test func aScanIsKeptWithTheConsentAndItsDownloadIsAudited() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let adult = fixture.a.adult.id!
            let fields = [("_csrf", browser.csrf), ("kind", "participation"), ("purpose", "Программа"), ("signedBy", "subject"),
                          ("signedOn", "15.11.2026"), ("text", "Согласие на участие")]
            var (headers, body) = multipart(fields, file: ("notes.txt", "text/plain", "not a scan"))
            headers.add(contentsOf: browser.headers)
            let refused = try await app.testing().sendRequest(.POST, SiteURL.newConsent(.id(adult)).path, headers: headers, body: body)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Приложите скан в формате PDF, JPEG или PNG."))
            #expect(try await ConsentModel.query(on: app.db).filter(\.$person.$id == adult).count() == 0)

            (headers, body) = multipart(fields, file: ("согласие.pdf", "application/pdf", "%PDF-1.4 scan"))
            headers.add(contentsOf: browser.headers)
            let saved = try await app.testing().sendRequest(.POST, SiteURL.newConsent(.id(adult)).path, headers: headers, body: body)
            #expect(saved.status == .seeOther)
            let consent = try #require(try await ConsentModel.query(on: app.db).filter(\.$person.$id == adult).first())
            let download = try await app.get(SiteURL.consentScan(person: .id(adult), consent: .id(consent.id!)).path, as: browser)
            #expect(download.status == .ok)
            #expect(download.body.string == "%PDF-1.4 scan")
            #expect(download.headers.contentType == .pdf)
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$action == "download").filter(\.$personID == adult).count()
            #expect(audited == 1)
            let card = try await app.get(SiteURL.person(.id(adult)).path, as: browser).body.string
            #expect(card.contains(SiteURL.consentScan(person: .id(adult), consent: .id(consent.id!)).path))
        }
    }
}
