import Foundation
import MentoringCore
import Testing

@testable import Documents

/// How the tables and documents Nastavnik writes lay out: dates a spreadsheet can sort, rows tall enough for their
/// text, headers whose words stay whole, signatures that do not stand alone on a page.
struct OfficeLayoutTests {
    private func part(_ data: Data, _ path: String) throws -> String {
        let zip = try #require(SafeZip(data))
        return String(decoding: try #require(try zip.part(path, corrupt: .brokenXML(path))), as: UTF8.self)
    }

    @Test func datesGoToASpreadsheetAsDatesAndComeBackAsTheyWereWritten() throws {
        let list = ListExport(
            organization: "Школа", title: "База", header: ["ФИО", "Дата рождения", "Класс"],
            widths: [20, 10, 5],
            rows: [["Иванова Мария", "14.03.2012", "8Б"], ["Петров", "", "12.5"]])
        let data = try list.xlsx()
        let sheet = try part(data, "xl/worksheets/sheet1.xml")
        // 14.03.2012 is day 40 982 of the spreadsheet calendar, stored as a number in the date style.
        #expect(sheet.contains("<c r=\"C2\" s=\"3\"><v>40982</v></c>"))
        #expect(!sheet.contains(">14.03.2012<"), "a date written as text does not sort as a date")
        #expect(try part(data, "xl/styles.xml").contains("formatCode=\"DD.MM.YYYY\""))
        let read = try XlsxReader.read(data)
        #expect(read.blocks[1] == .row(["1", "Иванова Мария", "14.03.2012", "8Б"], line: 2))
        #expect(
            read.blocks[2] == .row(["2", "Петров", "", "12.5"], line: 3), "a number in a text style stays a number")
    }

    @Test(arguments: ["DD.MM.YYYY", "d/m/yy;@", "[$-419]D MMMM YYYY", "yyyy\\-mm\\-dd"])
    func aCustomDateFormatIsADate(code: String) { #expect(XlsxDateStyles.isDate(code)) }

    @Test(arguments: ["0.00", "# ##0", "0%", "\"дней\" 0", "[Red]0.0", "@"])
    func aNumberFormatIsNotADate(code: String) { #expect(!XlsxDateStyles.isDate(code)) }

    @Test func rowsAreAsTallAsTheirWrappedText() throws {
        let long = String(repeating: "мероприятие ", count: 20)
        let book = Workbook(
            sheetName: "Лист", header: ["№", "Мероприятие"],
            rows: [[.text("1"), .text(long)], [.text("2"), .text("коротко")]],
            widths: [5, 30])
        let sheet = book.sheetXML()
        let tall = try #require(sheet.firstMatch(of: /<row r="2" ht="(\d+)" customHeight="1">/))
        #expect(Int(tall.1)! >= 8 * 15, "240 characters in a column of 30 take at least 8 lines")
        #expect(sheet.contains("<row r=\"3\">"), "a short row keeps the default height")
    }

    @Test func aHeadersLongestWordFitsItsColumn() {
        let headers = [["Организация", "Удовлетворены", "Пар"]]
        let (widths, size) = TableWidths.layout(relative: [60, 5, 5], headers: headers, total: 9_000)
        let needed = "Удовлетворены".count * TableWidths.perCharacter(size: 11) + TableWidths.padding
        #expect(size == 11)
        #expect(widths[1] >= needed, "«Удовлетворены» is not broken over two lines")
        #expect(widths.reduce(0, +) <= 9_000 + widths.count)
        #expect(widths[0] > widths[1], "the room came from the column that had more than it needed")
        #expect(TableWidths.layout(relative: [50, 50], headers: [["А", "Б"]], total: 9_000).twips == [4_500, 4_500])
    }

    /// The municipal note's table of organizations: seven headers whose words fit a portrait page only in smaller type.
    @Test func aHeaderTooWideForItsPageIsSetSmallerRatherThanBroken() {
        let headers = [
            [
                "Организация", "Наставников", "Наставляемых", "Пар", "Получили наставника", "Удовлетворены",
                "Просрочено КТ",
            ]
        ]
        let (widths, size) = TableWidths.layout(relative: [34, 11, 11, 9, 13, 12, 10], headers: headers, total: 9_921)
        #expect(size < 11)
        let longest = headers[0].map { $0.split(separator: " ").map(\.count).max()! }
        for (width, letters) in zip(widths, longest) {
            #expect(width >= letters * TableWidths.perCharacter(size: size) + TableWidths.padding)
        }
    }

    @Test func theSignatureTakesTheLastLinesWithItToTheNextPage() throws {
        let document = SectionedDocument(
            organization: "Управление образования", title: "Справка", facts: [],
            sections: [.init("Выводы", [.text("Первый вывод.\nПоследний вывод.")])],
            signatures: ["Ответственный"])
        let body = try part(document.word.data(), "word/document.xml")
        let paragraphs = body.components(separatedBy: "<w:p>").dropFirst()
        let last = try #require(paragraphs.firstIndex { $0.contains("Последний вывод.") })
        let signature = try #require(paragraphs.firstIndex { $0.contains("Ответственный") })
        for index in last..<signature {
            #expect(paragraphs[index].contains("<w:keepNext/>"), "paragraph \(index) may be parted from the signature")
        }
        #expect(try #require(paragraphs.first { $0.contains("1. Выводы") }).contains("<w:keepNext/>"))
    }
}
