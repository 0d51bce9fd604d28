import Documents
import Foundation
import MentoringCore

// Roadmap import benchmark: a generated 1000-activity roadmap as TSV text and as DOCX, and the due-date
// parser's throughput. Target (issue 3): each import under 200 ms on the 2-core reference machine.
// Run: swift run -c release RoadmapImportBenchmark

let dues = [
    "Сентябрь – октябрь 2025 г.", "Ноябрь 2025г.", "КТ – декабрь 2025г.", "до 28.10.2025 г.", "01.09.- 15.09.2025",
    "2 неделя февраля", "В течение учебного года", "Ноябрь – декабрь 2025г., далее – ежемесячно", "по отдельному плану",
    "С 01.09.2025 по 31.05.2026", "декабрь 2025г. май 2026 г.", "2025-2026 учебный год", "Август 2025 г. – май 2026 г.",
]
let stages = 10
let perStage = 100

func tsv() -> String {
    var text = "Дорожная карта внедрения целевой модели наставничества на 2025-2026 учебный год\n\n"
    text += "№\tМероприятие\tСроки\tОтветственные\tРезультат\n"
    for stage in 1...stages {
        text += "\tЭтап \(stage). Этап номер \(stage)\t\t\t\n"
        for item in 1...perStage {
            text +=
                "\(stage).\(item)\t<p>Мероприятие \(stage).\(item): проведение анкетирования и анализ</p>\t"
                + "\(dues[(stage * perStage + item) % dues.count])\tКуратор, заместитель директора\tОтчёт по итогам\n"
        }
    }
    return text
}

func docx() throws -> Data {
    var rows: [WordDocument.Table.Row] = [
        .cells(["№", "Мероприятие", "Сроки", "Ответственные", "Результат"], header: true)
    ]
    for stage in 1...stages {
        rows.append(.span("Этап \(stage). Этап номер \(stage)"))
        for item in 1...perStage {
            rows.append(
                .cells(
                    [
                        "\(stage).\(item)", "Мероприятие \(stage).\(item): проведение анкетирования и анализ",
                        dues[(stage * perStage + item) % dues.count], "Куратор\nЗаместитель директора",
                        "Отчёт по итогам",
                    ], header: false))
        }
    }
    return try WordDocument(blocks: [
        .paragraph(.init("Дорожная карта на 2025-2026 учебный год")),
        .table(.init(widths: [1, 4, 2, 2, 2], rows: rows)),
    ]).data()
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return times.sorted()[times.count / 2]
}

let text = Data(tsv().utf8)
let word = try docx()
var activities = 0
let tsvMs = try median(15) { activities = try RoadmapImporter.read(text, fileName: "bench.tsv").activityCount }
precondition(activities == stages * perStage, "TSV import lost rows: \(activities)")
let docxMs = try median(15) { activities = try RoadmapImporter.read(word, fileName: "bench.docx").activityCount }
precondition(activities == stages * perStage, "DOCX import lost rows: \(activities)")

let context = DueContext(academicYear: 2025)
let parses = 200_000
let parserMs = median(5) {
    for index in 0..<parses { _ = DueDateParser.parse(dues[index % dues.count], context: context) }
}

print("Roadmap import, \(stages * perStage) activities (median of 15 runs; target 200 ms):")
print(String(format: "  TSV  %8.1f ms  (%.2f× the target)", tsvMs, tsvMs / 200))
print(String(format: "  DOCX %8.1f ms  (%.2f× the target, file %d KB)", docxMs, docxMs / 200, word.count / 1024))
print(String(format: "Due-date parser: %.0f texts/s", Double(parses) / (parserMs / 1000)))
