import Foundation
import MentoringCore
import Testing

@testable import Documents

/// The documents people sign, read back through our own DOCX reader as an importer would see them.
struct OrderDocumentTests {
    func read(_ document: WordDocument) throws -> (texts: [String], rows: [[String]]) {
        try read(try document.data())
    }

    func read(_ data: Data) throws -> (texts: [String], rows: [[String]]) {
        let blocks = try DocxReader.read(data).blocks
        return (
            blocks.compactMap { if case .text(let t, _) = $0 { t } else { nil } },
            blocks.compactMap { if case .row(let r, _) = $0 { r } else { nil } }
        )
    }

    func order(number: String?, date: CalendarDate?) -> OrderDocument {
        OrderDocument(
            organization: "МБОУ «Средняя школа № 1»", address: "г. Энск, ул. Школьная, 1", number: number, date: date,
            title: "О закреплении наставнических пар (групп)", grounds: OrderKind.federalGrounds,
            points: ["Закрепить пары согласно приложению.", "Контроль за исполнением приказа оставляю за собой."],
            headPosition: "Директор", headName: "И. И. Иванова", acquainted: ["Петрова А. А.", "Сидоров Б. Б."],
            appendix: .init(
                kind: .mentorships, title: "Наставнические пары",
                rows: [["1", "Петрова Анна Андреевна, учитель", "Сидоров Борис Борисович, учитель", "Педагог", "2026"]])
        )
    }

    @Test func aSignedOrderPrintsItsNumberDatePointsSignatureAndAppendix() throws {
        let (texts, rows) = try read(
            try order(number: "15-о", date: CalendarDate(year: 2026, month: 11, day: 20)).docx())
        #expect(texts.first == "МБОУ «Средняя школа № 1»" && texts[1] == "г. Энск, ул. Школьная, 1")
        #expect(texts.contains("ПРИКАЗ") && texts.contains("ПРИКАЗЫВАЮ:"))
        #expect(texts.contains { $0.contains("от 20.11.2026 г.") && $0.contains("№ 15-о") })
        #expect(texts.contains("1. Закрепить пары согласно приложению."))
        #expect(texts.contains { $0.hasPrefix("Директор") && $0.hasSuffix("И. И. Иванова") })
        #expect(texts.contains("С приказом ознакомлены:") && texts.contains { $0.hasPrefix("Сидоров Б. Б.") })
        #expect(
            rows == [
                [
                    "№", "Наставник (ФИО, должность)", "Наставляемые (ФИО, класс или должность)",
                    "Форма наставничества", "Период",
                ],
                ["1", "Петрова Анна Андреевна, учитель", "Сидоров Борис Борисович, учитель", "Педагог", "2026"],
            ])
        #expect(
            texts.contains("Наставнические пары") && texts.contains("Приложение\nк приказу от 20.11.2026 г.    № 15-о"))
        #expect(!texts.contains { $0.contains("{{") }, "no marker is left")
    }

    @Test func anOrderWithoutAppendixOrAcquaintedHasNeitherTheirHeadingsNorTheOtherTables() throws {
        var plain = order(number: "2", date: nil)
        (plain.appendix, plain.acquainted, plain.address) = (nil, [], nil)
        let (texts, rows) = try read(try plain.docx())
        #expect(
            rows.isEmpty && !texts.contains("С приказом ознакомлены:") && !texts.contains { $0.contains("Приложение") })
        #expect(texts.prefix(2) == ["МБОУ «Средняя школа № 1»", "ПРИКАЗ"] && !texts.contains { $0.contains("{{") })
        #expect(texts.last == "Директор  _______________  И. И. Иванова")
    }

    @Test func theBuiltInTemplateFitsItsSchema() throws {
        #expect(try DocxTemplate(try OrderDocument.builtInTemplate).problems(against: OrderDocument.schema).isEmpty)
    }

    @Test func aDraftLeavesBlanksForTheNumberAndDate() throws {
        let (texts, _) = try read(try order(number: nil, date: nil).docx())
        #expect(texts.contains { $0.contains("от «___» ____________ 20___ г.") && $0.contains("№ ______") })
    }

    @Test func theAppendixStartsOnANewPage() throws {
        let archive = try #require(SafeZip(try order(number: "1", date: nil).docx()))
        let part = try #require(try archive.part("word/document.xml", corrupt: .notADocx))
        let xml = String(decoding: part, as: UTF8.self)
        let pageBreak = try #require(xml.range(of: "w:type=\"page\""))
        let appendix = try #require(xml.range(of: "Наставнические пары"))
        #expect(pageBreak.lowerBound < appendix.lowerBound)
    }

    @Test func aSectionedDocumentNumbersSectionsAndLeavesLinesForEmptyText() throws {
        let document = SectionedDocument(
            organization: "МБОУ «Средняя школа № 1»", title: "Аналитический отчёт наставника",
            facts: ["Наставник: Петрова А. А."],
            sections: [
                .init("Цели", [.table(columns: ["Цель", "Статус"], widths: [6000, 3000], rows: [])]),
                .init("Трудности", [.text("")]),
            ],
            signatures: ["Наставник"])
        let (texts, rows) = try read(document.word)
        #expect(
            texts.contains("АНАЛИТИЧЕСКИЙ ОТЧЁТ НАСТАВНИКА") && texts.contains("1. Цели")
                && texts.contains("2. Трудности"))
        #expect(rows == [["Цель", "Статус"], ["—", "—"]])
        #expect(texts.contains { $0.hasPrefix("____") })
        #expect(texts.last?.hasPrefix("Наставник  ____") == true)
    }

    @Test func aTimedMeetingIsAnEventInUTCWithItsPlace() {
        let start = Date(timeIntervalSince1970: 1_795_177_800)  // 20.11.2026 15:30 in Moscow
        let feed = CalendarFeed(
            name: "Встречи",
            events: [
                .init(
                    uid: "m1@nastavnik", title: "Встреча: разбор урока", from: start,
                    to: start.addingTimeInterval(2700), location: "Каб. 21, корпус 2")
            ], stamp: start)
        let text = feed.text()
        #expect(text.contains("DTSTART:20261120T123000Z\r\nDTEND:20261120T131500Z\r\n"))
        #expect(text.contains("LOCATION:Каб. 21\\, корпус 2"))
        #expect(!text.contains("VALUE=DATE"))
    }
}
