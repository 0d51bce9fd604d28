import Foundation
import Testing

@testable import Documents

/// Files made to hurt the readers: references that overflow, rows and spans that unfold into millions of cells,
/// text without end. Each class is generated, not one file; every reader answers a `DocumentError`, never a trap.
@Suite struct HostileFileTests {
    /// A one-sheet XLSX around the given `<sheetData>` content, with no shared strings.
    static func xlsx(sheetData: String) throws -> Data {
        let zip = try ZipBuilder()
        try zip.add("[Content_Types].xml", "<Types/>")
        try zip.add(
            "xl/worksheets/sheet1.xml",
            """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(sheetData)\
            </sheetData></worksheet>
            """)
        return zip.data
    }

    static func inlineCell(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    @Test(arguments: ["ZZZZZZZZZZZZZZZ2", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ1", "XFE1", "AAAA7", "IW3"])
    func aCellBeyondTheColumnsIsRefusedNotATrap(reference: String) throws {
        let data = try Self.xlsx(sheetData: "<row r=\"2\">\(Self.inlineCell(reference, "Иванов"))</row>")
        let refused = #expect(throws: DocumentError.self) { try DocumentReader.read(data, fileName: "список.xlsx") }
        #expect(refused == .limitExceeded(.columns(256, line: 2)))
        #expect(refused?.message.contains("строке 2") == true)
    }

    @Test func columnLettersNeverOverflow() {
        for length in 1...40 {
            for letter in ["A", "M", "Z"] {
                let index = XlsxReader.column(of: String(repeating: letter, count: length) + "1")
                if let index { #expect(index < 16_384) } else { #expect(length >= 3) }
            }
        }
        #expect(XlsxReader.column(of: "A1") == 0)
        #expect(XlsxReader.column(of: "XFD1") == 16_383)
        #expect(XlsxReader.column(of: "1") == nil)
    }

    @Test(arguments: ["99999999999999999999999", "-5", "0", "1048577", "x"])
    func anUntrustedRowNumberKeepsRowsInOrder(number: String) throws {
        let rows =
            "<row r=\"\(number)\">\(Self.inlineCell("A1", "первая"))</row>"
            + "<row>\(Self.inlineCell("A2", "вторая"))</row>"
        let document = try DocumentReader.read(try Self.xlsx(sheetData: rows), fileName: "a.xlsx")
        #expect(document.blocks.map(\.line) == [1, 2])
    }

    @Test func emptyAndFarCellsCostNothingAndRowsKeepExcelNumbers() throws {
        let rows =
            "<row r=\"3\"><c r=\"XFD3\" s=\"1\"/>\(Self.inlineCell("B3", "ФИО"))</row>"
            + (4..<2_000).map { "<row r=\"\($0)\"><c r=\"IV\($0)\" s=\"1\"/></row>" }.joined()
            + "<row r=\"2000\"><c t=\"inlineStr\"><is><t>Петров</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>5а</t></is></c></row>"
        let document = try DocumentReader.read(try Self.xlsx(sheetData: rows), fileName: "a.xlsx")
        #expect(document.blocks == [.row(["", "ФИО"], line: 3), .row(["Петров", "5а"], line: 2000)])
    }

    @Test func paddedRowsStopAtTheCellBound() throws {
        let rows = (1...10_000).map { "<row r=\"\($0)\">\(Self.inlineCell("IV\($0)", "x"))</row>" }.joined()
        #expect(throws: DocumentError.limitExceeded(.cells(ReadingBudget.cells))) {
            try DocumentReader.read(try Self.xlsx(sheetData: rows), fileName: "a.xlsx")
        }
    }

    @Test func millionsOfEmptyElementsStopAtTheElementBound() throws {
        let rows = String(repeating: "<row><c/><c/><c/></row>", count: ReadingBudget.elements / 4 + 1)
        #expect(throws: DocumentError.limitExceeded(.elements(ReadingBudget.elements))) {
            try DocumentReader.read(try Self.xlsx(sheetData: rows), fileName: "a.xlsx")
        }
    }

    @Test func wideSpansInADocxAreCutAtTheWidth() throws {
        let wide = DocxFixture.row(
            DocxFixture.cell("№"), DocxFixture.cell("Мероприятие", span: 100_000),
            String(repeating: DocxFixture.cell("", span: 64), count: 1_000))
        let data = try DocxFixture.make(body: DocxFixture.table(wide, wide))
        let document = try DocumentReader.read(data, fileName: "карта.docx")
        #expect(document.blocks.count == 2)
        for case .row(let cells, _) in document.blocks { #expect(cells.count == ReadingBudget.columns) }
        let textFar = DocxFixture.row(
            String(repeating: DocxFixture.cell("", span: 64), count: 4),
            DocxFixture.cell("да"))
        let refused = #expect(throws: DocumentError.self) {
            try DocumentReader.read(try DocxFixture.make(body: DocxFixture.table(textFar)), fileName: "a.docx")
        }
        guard case .limitExceeded(.columns(256, _))? = refused else {
            Issue.record("\(String(describing: refused))")
            return
        }
    }

    @Test func manyDocxRowsStopAtTheCellBound() throws {
        let row = DocxFixture.row(DocxFixture.cell("1"), DocxFixture.cell("", span: 255))
        let body = DocxFixture.table(String(repeating: row, count: ReadingBudget.cells / 256 + 1))
        #expect(throws: DocumentError.limitExceeded(.cells(ReadingBudget.cells))) {
            try DocumentReader.read(try DocxFixture.make(body: body), fileName: "a.docx")
        }
    }

    @Test(arguments: ["a.csv", "a.txt"])
    func textTablesKeepTheSameBounds(name: String) throws {
        let separator = name.hasSuffix("csv") ? ";" : "\t"
        let empty = Data(("ФИО" + separator + "Класс" + String(repeating: separator, count: 1_000_000) + "\n").utf8)
        let document = try DocumentReader.read(empty, fileName: name)
        #expect(document.blocks == [.row(["ФИО", "Класс"] + Array(repeating: "", count: 254), line: 1)])
        let far = Data(("ФИО" + String(repeating: separator, count: 300) + "Иванов\n").utf8)
        #expect(throws: DocumentError.limitExceeded(.columns(256, line: 1))) {
            try DocumentReader.read(far, fileName: name)
        }
        let lines = Data(String(repeating: "1\(separator)2\n", count: ReadingBudget.rows + 1).utf8)
        #expect(throws: DocumentError.limitExceeded(.rows(ReadingBudget.rows))) {
            try DocumentReader.read(lines, fileName: name)
        }
    }

    @Test func everyLimitHasARussianMessage() {
        let limits: [DocumentError.Limit] = [
            .rows(100_000), .columns(256, line: 7), .cells(2_000_000),
            .elements(4_000_000), .text(megabytes: 16),
        ]
        for limit in limits {
            let message = DocumentError.limitExceeded(limit).message
            #expect(message.contains("Разделите файл"))
        }
        #expect(DocumentError.limitExceeded(.rows(100_000)).message.contains("100\u{00A0}000"))
    }

    /// Offsets and sizes of the ZIP structure pointing past the end of the file: ZIPFoundation's in-memory reader
    /// trapped on these; every one is now read as a damaged file.
    @Test func zipOffsetsPastTheEndAreADamagedFile() throws {
        let valid = try DocxFixture.make(body: DocxFixture.paragraph("Дорожная карта"))
        let end = try #require(valid.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06]))).lowerBound
        let central = try #require(valid.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        // EOCD: size and offset of the directory; central header: compressed and plain sizes, local header offset.
        let fields = [end + 12, end + 16, central + 20, central + 24, central + 42]
        for field in fields {
            for value: UInt32 in [UInt32(valid.count), UInt32(valid.count) + 4096, .max, .max - 3] {
                var hostile = valid
                withUnsafeBytes(of: value.littleEndian) { hostile.replaceSubrange(field..<field + 4, with: $0) }
                for name in ["a.docx", "a.xlsx"] {
                    do { _ = try DocumentReader.read(hostile, fileName: name) } catch is DocumentError {}
                }
            }
        }
    }

    /// The fuzzer's corpus (`Fuzz/documents.sh`): every input it found interesting is read or refused with a message.
    @Test func everyFileOfTheFuzzCorpusIsReadOrRefused() throws {
        let folder = Files.fixtures.appendingPathComponent("fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count >= 5)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            for fileName in ["a.xlsx", "a.docx", "a.csv", "a.txt"] {
                do {
                    _ = try DocumentReader.read(data, fileName: fileName)
                } catch is DocumentError {
                } catch {
                    Issue.record("\(name) as \(fileName): \(error)")
                }
            }
        }
    }
}
