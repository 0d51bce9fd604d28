import Documents
import Foundation
import MentoringCore

// People import benchmark (issue 4): a generated 100 000-row XLSX people list read, mapped and validated the way
// the web and console import do before saving; and 10 000 survey answers validated against the needs questionnaire.
// Targets: the 100 000 rows under 10 s, memory under 1 GiB. The database insert is not part of this run.
// Run: swift run -c release PeopleImportBenchmark

let surnames = [
    "Иванов", "Смирнова", "Кузнецов", "Попова", "Васильев", "Петрова", "Соколов", "Михайлова", "Новиков", "Фёдорова",
]
let names = ["Алексей", "Мария", "Дмитрий", "Анна", "Иван", "Елена", "Сергей", "Ольга", "Павел", "Дарья"]
let rowsCount = Int(ProcessInfo.processInfo.environment["ROWS"] ?? "") ?? 100_000

func workbook() throws -> Data {
    var rows: [[Workbook.Cell]] = []
    rows.reserveCapacity(rowsCount)
    for i in 0..<rowsCount {
        let day = i % 28 + 1
        let month = i % 12 + 1
        let year = 2008 + i % 9
        rows.append([
            .text("\(surnames[i % 10]) \(names[(i / 10) % 10]) Петрович\(i)"),
            .text(String(format: "%02d.%02d.%d", day, month, year)), .text("\(i % 11 + 1)\(["А", "Б", "В"][i % 3])"),
            .text(i % 7 == 0 ? "не указан" : "+7 900 \(100 + i % 900) 00 00"),
        ])
    }
    return try Workbook(sheetName: "Список", header: ["ФИО", "Дата рождения", "Класс", "Телефон"], rows: rows).data()
}

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let today = CalendarDate(year: 2026, month: 11, day: 21)!
let file = try workbook()
print("Generated XLSX: \(rowsCount) rows, \(file.count / 1024) KB")
var valid = 0
var rejected = 0
let importTime = try seconds {
    let table = try PeopleTable(DocumentReader.read(file, fileName: "list.xlsx"))
    for (_, input) in table.inputs(defaultCategory: .student) {
        if (try? input.validated(today: today)) != nil { valid += 1 } else { rejected += 1 }
    }
}
print(
    String(
        format:
            "People import (read + map + validate): %.2f s, %.0f rows/s, valid %d, rejected %d, target 10 s → %.2f× of budget",
        importTime, Double(rowsCount) / importTime, valid, rejected, importTime / 10))

let questionnaire = Questionnaire.menteeNeedsStudent
let vocabulary = Vocabulary.standard(.student).terms.map(Choice.init)
let choices: (Question) -> [Choice] = { $0.choiceSource == nil ? $0.options.map(Choice.init) : vocabulary }
let answers: [Answers] = (0..<10_000).map { i in
    [
        "study": [String(i % 5 + 1)], "main_request": [vocabulary[i % vocabulary.count].value],
        "requests": [vocabulary[(i + 3) % vocabulary.count].value, vocabulary[(i + 7) % vocabulary.count].value],
        "olympiad": [i % 2 == 0 ? "Да" : "Нет"], "olympiad_subject": ["физика"], "interests": ["шахматы, футбол"],
        "hours": [String(i % 4 + 1)], "format": ["Очно"],
    ]
}
var accepted = 0
let answerTime = seconds {
    for raw in answers where (try? questionnaire.validate(raw, choices: choices)) != nil { accepted += 1 }
    _ = SurveyResults.summarize(questionnaire, responses: answers, choices: choices)
}
print(
    String(
        format: "Survey answers (validate + summarize): 10 000 in %.3f s, %.0f answers/s, accepted %d",
        answerTime, 10_000 / answerTime, accepted))
print(String(format: "Peak memory: %.0f MB (target under 1024 MB)", maxRSSMegabytes()))
