import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ConsentScanTests {
    func multipart(
        _ fields: [(String, String)], file: (name: String, type: String, data: String)
    ) -> (HTTPHeaders, ByteBuffer) {
        multipartForm(fields, file: (field: "scan", name: file.name, type: file.type, data: Data(file.data.utf8)))
    }

    @Test func aScanIsKeptWithTheConsentAndItsDownloadIsAudited() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let adult = fixture.a.adult.id!
            let fields = [
                ("_csrf", browser.csrf), ("kind", "participation"), ("purpose", "Программа"), ("signedBy", "subject"),
                ("signedOn", "15.11.2026"), ("text", "Согласие на участие"),
            ]
            var (headers, body) = multipart(fields, file: ("notes.txt", "text/plain", "not a scan"))
            headers.add(contentsOf: browser.headers)
            let refused = try await app.testing().sendRequest(
                .POST, SiteURL.newConsent(.id(adult)).path, headers: headers, body: body)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Приложите скан в формате PDF, JPEG или PNG"))
            #expect(try await ConsentModel.query(on: app.db).filter(\.$person.$id == adult).count() == 0)

            (headers, body) = multipart(fields, file: ("согласие.pdf", "application/pdf", "%PDF-1.4 scan"))
            headers.add(contentsOf: browser.headers)
            let saved = try await app.testing().sendRequest(
                .POST, SiteURL.newConsent(.id(adult)).path, headers: headers, body: body)
            #expect(saved.status == .seeOther)
            let consent = try #require(try await ConsentModel.query(on: app.db).filter(\.$person.$id == adult).first())
            let download = try await app.get(
                SiteURL.consentScan(person: .id(adult), consent: .id(consent.id!)).path, as: browser)
            #expect(download.status == .ok)
            #expect(download.body.string == "%PDF-1.4 scan")
            #expect(download.headers.contentType == .pdf)
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$action == "download").filter(
                \.$personID == adult
            ).count()
            #expect(audited == 1)
            let card = try await app.get(SiteURL.person(.id(adult)).path, as: browser).body.string
            #expect(card.contains(SiteURL.consentScan(person: .id(adult), consent: .id(consent.id!)).path))
        }
    }

    /// Classes of upload: the declared type is ignored and the bytes decide; an empty file gets a message; a
    /// non-ASCII name comes back intact in `filename*`.
    @Test(arguments: [
        ("page.pdf", "application/pdf", "<html><script>alert(1)</script></html>", "не похоже"),
        ("пусто.pdf", "application/pdf", "", "Файл пустой"),
        ("photo.bin", "application/octet-stream", "\u{FF}\u{D8}\u{FF}", nil),
        ("скан согласия №1.pdf", "text/plain", "%PDF-1.7", nil),
    ])
    func theContentDecidesWhatAScanIs(name: String, declared: String, content: String, problem: String?) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let adult = fixture.a.adult.id!
            let fields = [
                ("_csrf", browser.csrf), ("kind", "participation"), ("purpose", "Программа"),
                ("signedBy", "subject"), ("signedOn", "15.11.2026"), ("text", "Согласие на участие"),
            ]
            let bytes = content.hasPrefix("\u{FF}") ? Data([0xFF, 0xD8, 0xFF, 0xE0]) : Data(content.utf8)
            let response = try await app.post(
                SiteURL.newConsent(.id(adult)).path, as: browser, multipart: fields,
                file: (field: "scan", name: name, type: declared, data: bytes))
            let stored = try await ConsentModel.query(on: app.db).filter(\.$person.$id == adult).with(\.$scan).first()
            if let problem {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(problem))
                #expect(stored == nil)
                return
            }
            #expect(response.status == .seeOther)
            let consent = try #require(stored)
            let path = SiteURL.consentScan(person: .id(adult), consent: .id(consent.id!)).path
            let download = try await app.get(path, as: browser)
            #expect(download.headers.contentType == (bytes.first == 0xFF ? .jpeg : .pdf))
            let disposition = download.headers.first(name: .contentDisposition) ?? ""
            let unreserved = CharacterSet(charactersIn: "-._~").union(.alphanumerics)
            let encoded = name.addingPercentEncoding(withAllowedCharacters: unreserved)!
            #expect(disposition.contains("filename*=UTF-8''" + encoded), "\(disposition)")
            #expect(disposition.unicodeScalars.allSatisfy { $0.isASCII }, "\(disposition)")
            #expect(disposition.components(separatedBy: "\"").count == 3, "one quoted stand-in: \(disposition)")
        }
    }

    @Test func aFileNameCannotBreakTheHeader() {
        let header = FileDownload.attachment("акт \"1\"\\\r\nSet-Cookie: x.pdf")
        #expect(header.hasPrefix("attachment; filename=\"___ _1____Set-Cookie: x.pdf\"; filename*=UTF-8''"))
        #expect(!header.contains("\r") && !header.contains("\n"))
        #expect(header.components(separatedBy: "\"").count == 3)
    }
}
