import Foundation
import Testing
import ZIPFoundation

@testable import Documents

/// The organization's letterhead is a picture a template places with `{{организация.бланк}}`: in the body or a
/// header, packed with its relationship and type; a picture that is not a PNG or a JPEG of a readable size is refused.
@Suite("Letterhead")
struct LetterheadTests {
    /// A 120 × 30 PNG.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAHgAAAAeCAIAAABoq03CAAAAWklEQVR42u3YMQ0AQAgEQZS8fynIegeEipAw"
            + "128z5UWWe+W0/TZggQYNGjRo"
            + "0LBAgwYNei00jpkWNGjQoEGDBg0LNGjQoPdC4/B1gAYNGjRoWKBBgwYN+nj7AaFj9J8dqzahAAAAAElFTkSuQmCC")!

    /// The start of a JPEG up to its frame header: 640 × 480.
    static let jpeg = Data(
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0x01, 0x01, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + Array(repeating: 0, count: 12))

    static func letterhead() throws -> TemplateImage { try #require(TemplateImage(png)) }

    static func parts(_ docx: Data) throws -> [String: String] {
        let zip = try #require(SafeZip(docx))
        var parts: [String: String] = [:]
        for entry in zip.archive where entry.type == .file {
            parts[entry.path] = String(decoding: try zip.part(entry.path, corrupt: .notADocx) ?? Data(), as: UTF8.self)
        }
        return parts
    }

    @Test("The size is read from a PNG's and a JPEG's header; anything else is refused")
    func sizes() throws {
        let png = try Self.letterhead()
        #expect((png.format, png.width, png.height) == (.png, 120, 30))
        let jpeg = try #require(TemplateImage(Self.jpeg))
        #expect((jpeg.format, jpeg.width, jpeg.height) == (.jpeg, 640, 480))
        var huge = Self.png
        huge.replaceSubrange(16..<20, with: [0x00, 0x00, 0x4E, 0x20])  // 20 000 px wide
        for bad in [Data(), Data("GIF89a".utf8), Data(Self.png.prefix(20)), Data(Self.jpeg.prefix(8)), huge] {
            #expect(TemplateImage(bad) == nil)
        }
        // A wide picture fits the page's width; a small one keeps 96 pixels to the inch.
        #expect(png.extent == (1_143_000, 285_750))
        var wide = Self.png
        wide.replaceSubrange(16..<20, with: [0x00, 0x00, 0x0F, 0xA0])  // 4 000 px wide
        #expect(try #require(TemplateImage(wide)).extent.cx == 5_940_000)
    }

    @Test("The built-in order starts with the letterhead, packed with its relationship and type; without one, no line")
    func orderOnLetterhead() throws {
        var template = try DocxTemplate(OrderDocument.builtInTemplate)
        let order = OrderDocumentTests().order(number: "15-о", date: nil)
        let plain = try Self.parts(try order.docx(template: template))
        #expect(plain["word/document.xml"]?.contains("w:drawing") == false)
        #expect(try DocxTemplateTests.text(try order.docx(template: template)).first == order.organization)

        template.letterhead = try Self.letterhead()
        let parts = try Self.parts(try order.docx(template: template))
        #expect(parts["word/document.xml"]?.contains("r:embed=\"rIdNastavnikImage1\"") == true)
        #expect(parts["word/_rels/document.xml.rels"]?.contains("Target=\"media/nastavnik-image1.png\"") == true)
        #expect(parts["[Content_Types].xml"]?.contains("Extension=\"png\"") == true)
        #expect(parts["word/media/nastavnik-image1.png"]?.isEmpty == false)
        #expect(try DocxTemplateTests.text(try order.docx(template: template)).contains(order.organization))
    }

    @Test("A letterhead in a header without relationships gets its own")
    func header() throws {
        let zip = try ZipBuilder()
        let source = try #require(SafeZip(try DocxFixture.make(body: DocxFixture.paragraph("{{номер}}"))))
        for entry in source.archive where entry.type == .file {
            try zip.add(entry.path, data: try source.part(entry.path, corrupt: .notADocx) ?? Data())
        }
        try zip.add(
            "word/header1.xml",
            "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + DocxFixture.paragraph("{{организация.бланк}}") + "</w:hdr>")
        var template = try DocxTemplate(zip.data)
        #expect(template.problems(against: TemplateSchema(fields: [.init("номер", "")])).isEmpty)
        template.letterhead = try Self.letterhead()
        let parts = try Self.parts(try template.filled(TemplateScope(["номер": .text("7")])))
        #expect(parts["word/header1.xml"]?.contains("w:drawing") == true)
        #expect(parts["word/_rels/header1.xml.rels"]?.contains("rIdNastavnikImage1") == true)
        #expect(parts["word/_rels/document.xml.rels"] == nil)
    }
}
