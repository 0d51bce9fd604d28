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

/// A curator changes the order template's letterhead, uploads it, and the next order uses it; a template that does not
/// fit is refused with what to fix, and the built-in one is one click away.
@Suite struct DocumentTemplateTests {
    /// The template with its letterhead replaced and, as Word and LibreOffice do, a marker split across runs.
    static func edited(_ template: Data, letterhead: String = "ЛИТЕРНЫЙ БЛАНК") throws -> Data {
        let archive = try #require(SafeZip(template))
        let zip = try ZipBuilder()
        for entry in archive.archive {
            var data = try #require(try archive.part(entry.path, corrupt: .notADocx))
            if entry.path == "word/document.xml" {
                var xml = String(decoding: data, as: UTF8.self)
                xml = xml.replacingOccurrences(
                    of: "{{организация.наименование}}",
                    with: letterhead + " {{организ</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>ация.наименование}}")
                data = Data(xml.utf8)
            }
            try zip.add(entry.path, data: data)
        }
        return zip.data
    }

    static func docx(body: String) throws -> Data {
        let zip = try ZipBuilder()
        try zip.add(
            "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try zip.add(
            "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)"
                + "</w:body></w:document>")
        return zip.data
    }

    static func text(_ docx: Data) throws -> String {
        try DocxReader.read(docx).blocks.map {
            switch $0 {
            case .text(let text, _): text
            case .row(let cells, _): cells.joined(separator: " | ")
            }
        }.joined(separator: "\n")
    }

    @Test func theNextOrderUsesTheUploadedTemplateUntilTheBuiltInIsPutBack() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let order = SiteURL.orderDocument(.id(fixture.a.bases.order)).path
            #expect(
                !(try Self.text(Data(try await app.get(order, as: curator).body.readableBytesView))).contains(
                    "ЛИТЕРНЫЙ"))

            let builtIn = try await app.get(
                SiteURL.documentTemplateFile(org, kind: .order, builtIn: true).path, as: curator)
            #expect(builtIn.status == .ok)
            let edited = try Self.edited(Data(builtIn.body.readableBytesView))
            var response = try await app.post(
                SiteURL.documentTemplate(org, kind: .order).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "бланк.docx", DocxTemplate.mediaType, edited))
            #expect(response.status == .seeOther)

            let filled = try Self.text(Data(try await app.get(order, as: curator).body.readableBytesView))
            #expect(filled.contains("ЛИТЕРНЫЙ БЛАНК Школа a полное") && !filled.contains("{{"))
            let page = try await app.get(SiteURL.documentTemplates(org).path, as: curator).body.string
            #expect(page.contains("Свой шаблон, версия 1 («бланк.docx»)"))
            let current = try await app.get(
                SiteURL.documentTemplateFile(org, kind: .order, builtIn: false).path, as: curator)
            #expect(Data(current.body.readableBytesView) == edited)

            response = try await app.post(SiteURL.documentTemplateRestore(org, kind: .order).path, as: curator)
            #expect(response.status == .seeOther)
            #expect(
                !(try Self.text(Data(try await app.get(order, as: curator).body.readableBytesView))).contains(
                    "ЛИТЕРНЫЙ"))
            let versions = try await DocumentTemplateModel.query(on: app.db).sort(\.$version).all()
            #expect(versions.map(\.version) == [1, 2] && versions.map { $0.data == nil } == [false, true])
        }
    }

    @Test func aTemplateThatDoesNotFitIsRefusedByTheFieldAndNothingIsSaved() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let wrong = try Self.docx(body: "<w:p><w:r><w:t>{{директор}} {{#пары}}</w:t></w:r></w:p>")
            var response = try await app.post(
                SiteURL.documentTemplate(org, kind: .order).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "шаблон.docx", DocxTemplate.mediaType, wrong))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Неизвестное поле {{директор}}"))
            #expect(response.body.string.contains("Блок {{#пары}} не закрыт"))
            response = try await app.post(
                SiteURL.documentTemplate(org, kind: .order).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "шаблон.docx", DocxTemplate.mediaType, Data("не документ".utf8)))
            #expect(response.status == .unprocessableEntity && response.body.string.contains("не является документом"))

            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            response = try await app.apiUpload(
                .POST, "/organizations/\(fixture.a.organization.id!)/document-templates/order", token: token,
                file: ("шаблон.docx", DocxTemplate.mediaType, wrong))
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["file"] != nil)
            #expect(try await DocumentTemplateModel.query(on: app.db).count() == 0)

            // A mentor of the school may not read the templates; another organization's curator does not see them.
            let mentor = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get(SiteURL.documentTemplates(org).path, as: mentor).status == .notFound)
        }
    }

    @Test func theAPIUploadsAndListsTheVersionInUse() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let base = "/organizations/\(fixture.a.organization.id!)/document-templates"
            let builtIn = try await app.api(.GET, base + "/order/built-in/document", token: token)
            let response = try await app.apiUpload(
                .POST, base + "/order", token: token,
                file: ("бланк.docx", DocxTemplate.mediaType, try Self.edited(Data(builtIn.body.readableBytesView))))
            #expect(response.status == .created)
            let list = try await app.api(.GET, base, token: token).content.decode(
                [APIDocumentTemplateController.TemplateDTO].self)
            #expect(list.map(\.kind) == DocumentKind.allCases.map(\.rawValue))
            #expect(list[0].version == 1 && list[0].usesBuiltIn == false && list.dropFirst().allSatisfy(\.usesBuiltIn))
        }
    }
}

@Suite(.enabled(if: PDFConversion.installed != nil, "needs LibreOffice (soffice)"))
struct DocumentTemplatePDFTests {
    /// The order from the built-in template, from an edited one and on the letterhead, the regulation, the mentor's
    /// consent and additional agreement all open in LibreOffice and convert to PDF.
    @Test func everyGeneratedDocumentConvertsToPDF() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let soffice = try #require(PDFConversion.installed)
            let order = SiteURL.orderDocument(.id(fixture.a.bases.order)).path
            let org = Slot.id(fixture.a.organization.id!)
            let builtIn = Data(try await app.get(order, as: curator).body.readableBytesView)
            let template = try await app.get(
                SiteURL.documentTemplateFile(org, kind: .order, builtIn: true).path, as: curator)
            _ = try await app.post(
                SiteURL.documentTemplate(org, kind: .order).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: (
                    "file", "бланк.docx", DocxTemplate.mediaType,
                    try DocumentTemplateTests.edited(Data(template.body.readableBytesView))
                ))
            let edited = Data(try await app.get(order, as: curator).body.readableBytesView)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            _ = try await app.apiUpload(
                .PUT, "/organizations/\(fixture.a.organization.id!)/letterhead", token: token,
                file: ("бланк.png", "image/png", LetterheadPageTests.png))
            let onLetterhead = Data(try await app.get(order, as: curator).body.readableBytesView)
            #expect(String(decoding: onLetterhead, as: UTF8.self).contains("nastavnik-image1.png"))
            let pair = try await MentorAgreementTests.fixedPair(app, fixture, token: token)
            _ = try await app.api(
                .PUT, "/mentorships/\(pair)/agreement", token: token, json: MentorAgreementTests.signedPapers)
            var others: [Data] = []
            for path in [
                "/organizations/\(fixture.a.organization.id!)/regulation/document",
                "/mentorships/\(pair)/agreement/document",
                "/mentorships/\(pair)/agreement/consent/document",
            ] {
                others.append(Data(try await app.api(.GET, path, token: token).body.readableBytesView))
            }
            for docx in [builtIn, edited, onLetterhead] + others {
                let pdf = try await PDFConversion.pdf(from: docx, soffice: soffice, on: app.threadPool)
                #expect(pdf.starts(with: Data("%PDF".utf8)))
            }
        }
    }
}
