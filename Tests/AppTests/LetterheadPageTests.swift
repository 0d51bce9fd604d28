import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App
@testable import Documents

/// The letterhead is a requisite kept once: uploaded on the templates page or through the API, the next order starts
/// with it, a file that is not a picture is refused beside the field, and removing it brings back the plain heading.
@Suite struct LetterheadPageTests {
    /// A 120 × 30 PNG.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAHgAAAAeCAIAAABoq03CAAAAWklEQVR42u3YMQ0AQAgEQZS8fynIegeEipAw"
            + "128z5UWWe+W0/TZggQYNGjRo"
            + "0LBAgwYNei00jpkWNGjQoEGDBg0LNGjQoPdC4/B1gAYNGjRoWKBBgwYN+nj7AaFj9J8dqzahAAAAAElFTkSuQmCC")!

    /// Whether the DOCX draws a picture in its body.
    static func drawsPicture(_ docx: Data) throws -> Bool {
        let zip = try #require(SafeZip(docx))
        let body = try zip.part("word/document.xml", corrupt: .notADocx) ?? Data()
        return String(decoding: body, as: UTF8.self).contains("<w:drawing")
            && zip.contains("word/media/nastavnik-image1.png")
    }

    @Test func theNextOrderStartsWithTheUploadedLetterheadUntilItIsRemoved() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let order = SiteURL.orderDocument(.id(fixture.a.bases.order)).path
            func orderDocx() async throws -> Data { Data(try await app.get(order, as: curator).body.readableBytesView) }
            #expect(try !Self.drawsPicture(try await orderDocx()))

            var response = try await app.post(
                SiteURL.letterhead(org).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "бланк.gif", "image/gif", Data("GIF89a".utf8)))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Бланк — картинка PNG или JPEG"))
            #expect(response.body.string.contains("aria-describedby=\"e-file-letterhead\""))
            #expect(try await LetterheadModel.query(on: app.db).count() == 0)

            response = try await app.post(
                SiteURL.letterhead(org).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "бланк.png", "image/png", Self.png))
            #expect(response.status == .seeOther)
            #expect(try Self.drawsPicture(try await orderDocx()))
            let page = try await app.get(SiteURL.documentTemplates(org).path, as: curator).body.string
            #expect(page.contains("«бланк.png», 120 × 30 точек"))
            let image = try await app.get(SiteURL.letterhead(org).path, as: curator)
            #expect(
                image.headers.contentType?.description == "image/png" && Data(image.body.readableBytesView) == Self.png)

            response = try await app.post(SiteURL.letterheadRemove(org).path, as: curator)
            #expect(response.status == .seeOther)
            #expect(try !Self.drawsPicture(try await orderDocx()))
            #expect(try await app.get(SiteURL.letterhead(org).path, as: curator).status == .notFound)
        }
    }

    @Test func theAPIKeepsReplacesAndRemovesTheLetterhead() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let path = "/organizations/\(fixture.a.organization.id!)/letterhead"
            var response = try await app.apiUpload(.PUT, path, token: token, file: nil)
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["file"] != nil)
            response = try await app.apiUpload(.PUT, path, token: token, file: ("бланк.png", "image/png", Self.png))
            #expect(response.status == .ok && response.body.string.contains("\"width\":120"))
            #expect(try await app.api(.GET, path, token: token).status == .ok)
            response = try await app.apiUpload(.PUT, path, token: token, file: ("второй.png", "image/png", Self.png))
            #expect(try await LetterheadModel.query(on: app.db).all().map(\.fileName) == ["второй.png"])

            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            response = try await app.apiUpload(.PUT, path, token: coordinator, file: ("3.png", "image/png", Self.png))
            #expect(response.status == .forbidden)

            #expect(try await app.api(.DELETE, path, token: token).status == .noContent)
            #expect(try await app.api(.GET, path, token: token).status == .notFound)
        }
    }
}
