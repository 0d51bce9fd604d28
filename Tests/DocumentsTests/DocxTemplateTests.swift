import Foundation
import Testing

@testable import Documents

/// The template engine on DOCX bodies as Word and LibreOffice write them: markers split across runs, blocks of
/// paragraphs and table rows, lists inside lists, and templates that do not fit their schema.
@Suite("DOCX templates")
struct DocxTemplateTests {
    static let schema = TemplateSchema(
        fields: [.init("организация.наименование", ""), .init("организация.адрес", ""), .init("номер", "")],
        sections: [
            .init(
                "пары", "",
                TemplateSchema(
                    fields: [.init("наставник", ""), .init("номер", "")],
                    sections: [.init("наставляемые", "", TemplateSchema(fields: [.init("фио", "")]))]))
        ])

    static let scope: TemplateScope = {
        var scope = TemplateScope()
        scope.set("организация.наименование", "МБОУ «Школа № 1»")
        scope.set("организация.адрес", "")
        scope.set("номер", "15-о")
        scope.set(
            "пары",
            items: [("Иванова А. А.", ["Петров П.", "Сидоров С."]), ("Смирнова Б. Б.", ["Котов К."])].enumerated().map {
                index, pair in
                var item = TemplateScope()
                item.set("номер", "\(index + 1)")
                item.set("наставник", pair.0)
                item.set("наставляемые", items: pair.1.map { TemplateScope(["фио": .text($0)]) })
                return item
            })
        return scope
    }()

    /// The text of each paragraph of the filled body, table cells joined by « | ».
    static func text(_ data: Data) throws -> [String] {
        try DocxReader.read(data).blocks.map { block in
            switch block {
            case .text(let text, _): text
            case .row(let cells, _): cells.joined(separator: " | ")
            }
        }
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    @Test("A marker Word split into runs, with a spell-check mark between, is still one field")
    func splitRuns() throws {
        let body =
            "<w:p>" + Self.run("Приказ по ") + Self.run("{{органи") + "<w:proofErr w:type=\"spellStart\"/>"
            + Self.run("зация.наименование", bold: true) + Self.run("}}, № {") + Self.run("{номер}}") + "</w:p>"
        let filled = try DocxTemplate(try DocxFixture.make(body: body)).filled(Self.scope)
        #expect(try Self.text(filled) == ["Приказ по МБОУ «Школа № 1», № 15-о"])
    }

    @Test("A row, a paragraph, a range of paragraphs and a piece of text repeat per item; an empty text hides a block")
    func blocks() throws {
        let row =
            "<w:tr><w:tc><w:p>\(Self.run("{{#пары}}{{номер}}"))</w:p></w:tc>"
            + "<w:tc><w:p>\(Self.run("{{наставник}}"))</w:p></w:tc>"
            + "<w:tc><w:p>\(Self.run("{{#наставляемые}}{{фио}}; {{/наставляемые}}{{/пары}}"))</w:p></w:tc></w:tr>"
        let body =
            DocxFixture.paragraph("{{#организация.адрес}}Адрес: {{организация.адрес}}{{/организация.адрес}}")
            + "<w:tbl>\(row)</w:tbl>"
            + DocxFixture.paragraph("{{#пары}}") + DocxFixture.paragraph("Пара {{номер}}: {{наставник}}")
            + DocxFixture.paragraph("{{#наставляемые}}— {{фио}}{{/наставляемые}}")
            + DocxFixture.paragraph("Всего: {{#наставляемые}}{{фио}}, {{/наставляемые}}и никого больше")
            + DocxFixture.paragraph("{{/пары}}")
            + DocxFixture.paragraph("Конец")
        let filled = try DocxTemplate(try DocxFixture.make(body: body)).filled(Self.scope)
        #expect(
            try Self.text(filled) == [
                // A paragraph that is one block repeats as paragraphs: one mentee per line of the cell.
                "1 | Иванова А. А. | Петров П.; \nСидоров С.; ", "2 | Смирнова Б. Б. | Котов К.; ",
                "Пара 1: Иванова А. А.", "— Петров П.", "— Сидоров С.", "Всего: Петров П., Сидоров С., и никого больше",
                "Пара 2: Смирнова Б. Б.", "— Котов К.", "Всего: Котов К., и никого больше", "Конец",
            ])
    }

    @Test("A value with line breaks keeps them; text around markers and the XML around stay")
    func lineBreaks() throws {
        var scope = Self.scope
        scope.set("организация.адрес", "г. Дзержинск,\nул. Ленина, 1")
        let body = DocxFixture.paragraph("«{{организация.адрес}}» — адрес")
        let filled = try DocxTemplate(try DocxFixture.make(body: body)).filled(scope)
        #expect(try Self.text(filled) == ["«г. Дзержинск,\nул. Ленина, 1» — адрес"])
    }

    @Test(
        "A template that does not fit is refused with what to fix",
        arguments: [
            ("{{организация.наименовани}}", "Неизвестное поле {{организация.наименовани}}."),
            ("{{#пары}} без конца", "Блок {{#пары}} не закрыт: после него на том же уровне нет {{/пары}}."),
            ("лишнее {{/пары}}", "Лишняя метка {{/пары}}: блок {{#пары}} перед ней не открыт."),
            ("{{#сотрудники}}{{/сотрудники}}", "Неизвестный блок {{#сотрудники}}."),
            ("{{пары}}", "{{пары}} — это список: пишите {{#пары}} … {{/пары}}."),
            ("{{организация.наименование", "Метка не закрыта: «{{организация.наименование» — допишите «}}»."),
            ("{{#пары}}{{фио}}{{/пары}}", "Неизвестное поле {{фио}}."),
        ])
    func problems(text: String, problem: String) throws {
        let template = try DocxTemplate(try DocxFixture.make(body: DocxFixture.paragraph(text)))
        #expect(template.problems(against: Self.schema) == [problem])
        #expect(throws: TemplateError.self) { try template.filled(Self.scope) }
    }

    @Test("A well-formed template has no problems; a file that is not a DOCX or hides a DTD is refused")
    func files() throws {
        let good = DocxFixture.paragraph(
            "{{#пары}}{{номер}}. {{наставник}}{{#наставляемые}} {{фио}}{{/наставляемые}}{{/пары}}")
        #expect(try DocxTemplate(try DocxFixture.make(body: good)).problems(against: Self.schema).isEmpty)
        #expect(throws: DocumentError.notADocx) { try DocxTemplate(Data("PK not a zip".utf8)) }
        #expect(throws: DocumentError.empty) { try DocxTemplate(Data()) }
        let zip = try ZipBuilder()
        try zip.add("[Content_Types].xml", "<Types/>")
        try zip.add(
            "word/document.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"w\">&a;</w:document>")
        #expect(throws: DocumentError.brokenXML("word/document.xml")) { try DocxTemplate(zip.data) }
    }

    @Test("Headers and footers are filled too, and other parts are kept byte for byte")
    func otherParts() throws {
        let zip = try ZipBuilder()
        try zip.add("[Content_Types].xml", "<Types/>")
        try zip.add(
            "word/document.xml",
            "<w:document xmlns:w=\"urn:w\"><w:body>\(DocxFixture.paragraph("Текст"))</w:body></w:document>")
        try zip.add("word/header1.xml", "<w:hdr xmlns:w=\"urn:w\">\(DocxFixture.paragraph("{{номер}}"))</w:hdr>")
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3])
        try zip.add("word/media/image1.png", data: image)
        let filled = try DocxTemplate(zip.data).filled(Self.scope)
        let archive = try #require(SafeZip(filled))
        let header = try #require(try archive.part("word/header1.xml", corrupt: .notADocx))
        #expect(String(decoding: header, as: UTF8.self).contains("15-о"))
        #expect(try archive.part("word/media/image1.png", corrupt: .notADocx) == image)
    }
}
