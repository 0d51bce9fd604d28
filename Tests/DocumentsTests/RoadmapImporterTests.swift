import Foundation
import MentoringCore
import Testing

@testable import Documents

struct RoadmapImporterTests {
    func activity(_ result: RoadmapImport, _ number: String) -> RoadmapActivity? {
        result.stages.flatMap(\.activities).first { $0.activity.number == number }?.activity
    }

    @Test func readsOurTabSeparatedRoadmapWithEveryQuirk() throws {
        let result = try RoadmapImporter.read(
            Files.fixture("roadmap-school-tsv.txt"), fileName: "roadmap-school-tsv.txt")
        #expect(
            result.title == "Дорожная карта внедрения целевой модели наставничества обучающихся на 2025-2026 уч. год")
        #expect(result.period == .academicYear(startingIn: 2025))
        #expect(result.approvalOrder == "приказ № 112-о от 29.08.2025")
        #expect(result.stages.map(\.number) == ["1", "2", ""])
        #expect(
            result.stages.map(\.title) == [
                "Подготовка условий", "Формирование базы наставляемых", "Подготовительный этап",
            ])
        #expect(result.stages[2].goal == "изучение опыта")
        #expect(
            result.stages.map { $0.activities.map(\.activity.number) } == [
                ["1.1", "1.2", "1.3"], ["2.1", "2.2", "2.3"], ["0.1", "0.2", "0.3", "0.4"],
            ])
        #expect(activity(result, "1.2")?.title == "Разработка положения о наставничестве")
        #expect(activity(result, "1.2")?.responsible == ["Куратор", "заместитель директора по ВР"])
        #expect(activity(result, "1.2")?.due.end?.description == "2025-09-15")
        #expect(activity(result, "1.3")?.title == "Анализ готовности нормативной базы школы")
        #expect(activity(result, "1.3")?.due.checkpoint == true)
        #expect(activity(result, "1.3")?.due.start?.description == "2025-10-01")
        #expect(activity(result, "2.1")?.title == "Анкетирование обучающихся 5–11 классов")
        #expect(activity(result, "2.1")?.due.start?.description == "2025-10-08")
        #expect(activity(result, "2.1")?.due.end?.description == "2025-10-14")
        #expect(activity(result, "2.2")?.due.occurrences.count == 3)
        #expect(activity(result, "2.2")?.due.end?.description == "2026-05-31")
        #expect(activity(result, "2.3")?.title == "Формирование базы наставляемых Согласование с директором")
        #expect(activity(result, "0.2")?.due.repeatRule == .monthly)
        #expect(activity(result, "0.4")?.due.end?.description == "2026-08-31")
        #expect(activity(result, "0.4")?.deliverableKind == .order)
        #expect(
            result.warnings == [.init(line: 28, message: "Срок «когда получится» не распознан и сохранён текстом.")])
        #expect(activity(result, "0.3")?.due.text == "когда получится")
    }

    @Test func readsADocxWithMergedCellsAndATableSplitInTwo() throws {
        typealias X = DocxFixture
        let header = X.row(
            X.cell("№ п/п"), X.cell("Мероприятие"), X.cell("Срок"), X.cell("Ответственный"), X.cell("Результат"))
        let body =
            X.paragraph("План мероприятий (дорожная карта)") + X.paragraph("на 2026 – 2027 учебный год")
            + X.table(
                header,
                X.row(X.cell("1. Организационный этап", span: 5)),
                X.row(
                    X.cell("1.1"), X.cell("Приказ о внедрении"), X.cell("Сентябрь"),
                    X.cell("Директор", merge: "restart"), X.cell("Приказ")),
                X.row(
                    X.cell("1.2"), X.cell("Назначение куратора"), X.cell("до 15.09.2026"),
                    X.cell("", merge: "continue"), X.cell("Приказ о назначении")))
            + X.paragraph("")
            + X.table(
                header,
                X.row(X.cell("2. Формирование базы наставников", span: 5)),
                X.row(
                    X.cell("2.1"), X.cell("Анкетирование педагогов\n«Чем я могу быть полезен»"),
                    X.cell("Октябрь – ноябрь"),
                    X.cell("Куратор\nПедагог-психолог"), X.cell("Анкеты")))
        let result = try RoadmapImporter.read(DocxFixture.make(body: body), fileName: "план.docx")
        #expect(result.title == "План мероприятий (дорожная карта) на 2026 – 2027 учебный год")
        #expect(result.stages.map(\.title) == ["Организационный этап", "Формирование базы наставников"])
        #expect(result.stages.map { $0.activities.count } == [2, 1])
        #expect(activity(result, "1.1")?.due.start?.description == "2026-09-01")
        #expect(activity(result, "1.1")?.responsible == ["Директор"])
        #expect(activity(result, "1.2")?.due.end?.description == "2026-09-15")
        #expect(activity(result, "2.1")?.title == "Анкетирование педагогов «Чем я могу быть полезен»")
        #expect(activity(result, "2.1")?.responsible == ["Куратор", "Педагог-психолог"])
        #expect(activity(result, "2.1")?.due.end?.description == "2026-11-30")
        #expect(result.warnings.isEmpty)
    }

    @Test func readsCSVAndXLSXWithTheSameColumns() throws {
        let rows = [
            ["№", "Мероприятие", "Сроки", "Ответственные", "Результат"],
            ["", "Этап 1. Подготовка", "", "", ""],
            ["1.1", "Приказ о внедрении", "Сентябрь 2025 г.", "Директор", "Приказ"],
            ["1.2", "Анкетирование; опрос", "Октябрь 2025 г.", "Куратор", "Анкеты"],
        ]
        let csv = CSVTable.write(rows)
        let xlsx = try Workbook(
            sheetName: "Лист1", header: rows[0], rows: rows.dropFirst().map { $0.map(Workbook.Cell.text) }
        ).data()
        for (data, name) in [(csv, "карта.csv"), (xlsx, "карта.xlsx")] {
            let result = try RoadmapImporter.read(data, fileName: name)
            #expect(result.stages.count == 1, "\(name)")
            #expect(
                result.stages.first?.activities.map(\.activity.title) == [
                    "Приказ о внедрении", "Анкетирование; опрос",
                ], "\(name)")
            #expect(activity(result, "1.2")?.due.end?.description == "2025-10-31", "\(name)")
        }
    }

    @Test(arguments: [
        ("empty.docx", Data(), DocumentError.empty),
        ("карта.doc", Data("old word".utf8), DocumentError.unsupportedFormat("карта.doc")),
        ("карта.docx", Data("это не zip".utf8), DocumentError.notADocx),
        ("карта.txt", Data("Просто текст без таблицы\nи ещё строка".utf8), DocumentError.noTable),
        ("карта.txt", Data("а\tб\tв\n1\t2\t3".utf8), DocumentError.noRoadmapColumns),
        ("big.txt", Data(count: DocumentReader.maximumBytes + 1), DocumentError.tooLarge(limitMB: 20)),
    ])
    func badFilesGetAClearMessage(_ name: String, _ data: Data, _ expected: DocumentError) {
        #expect(throws: expected) { try RoadmapImporter.read(data, fileName: name) }
        #expect(!expected.message.isEmpty)
    }

    @Test func aDocxWithoutATableOrWithBrokenXMLIsRefused() throws {
        let noTable = try DocxFixture.make(body: DocxFixture.paragraph("Дорожная карта"))
        #expect(throws: DocumentError.noTable) { try RoadmapImporter.read(noTable, fileName: "a.docx") }
        let broken = try DocxFixture.make(body: "<w:p><w:r><w:t>обрыв</w:p>")
        #expect(throws: DocumentError.brokenXML("word/document.xml")) {
            try RoadmapImporter.read(broken, fileName: "a.docx")
        }
        let notOffice = try DocxFixture.make(body: DocxFixture.paragraph("x"), contentTypes: false)
        #expect(throws: DocumentError.notADocx) { try RoadmapImporter.read(notOffice, fileName: "a.docx") }
    }

    @Test func aZipBombStopsAtTheLimit() throws {
        let zip = try ZipBuilder()
        try zip.add("[Content_Types].xml", "<Types/>")
        try zip.add("word/document.xml", String(repeating: " ", count: SafeZip.maximumPartBytes + 1024))
        let bomb = zip.data
        #expect(bomb.count < 1_000_000)
        #expect(throws: DocumentError.suspiciousArchive) { try RoadmapImporter.read(bomb, fileName: "bomb.docx") }
    }
}
