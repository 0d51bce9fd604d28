import Foundation
import MentoringCore
import Testing

struct DueDateParserTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var context: DueContext = .none
        var start: String?
        var end: String?
        var checkpoint = false
        var repeatRule: RepeatRule?
        var occurrences = 0
        var description: String { text }
    }

    static let academic2022 = DueContext(academicYear: 2022)
    static let period = DueContext(
        academicYear: 2023,
        period: DateSpan(
            start: CalendarDate(year: 2023, month: 9, day: 1),
            end: CalendarDate(year: 2026, month: 8, day: 31)))

    static let readable: [Case] = [
        Case(text: "Сентябрь – октябрь 2023 г.", start: "2023-09-01", end: "2023-10-31"),
        Case(text: "Ноябрь 2023г.", start: "2023-11-01", end: "2023-11-30"),
        Case(text: "Ноябрь2023г", start: "2023-11-01", end: "2023-11-30"),
        Case(text: "Август 2023 г. – май 2026 г.", start: "2023-08-01", end: "2026-05-31"),
        Case(text: "май 2022г.", start: "2022-05-01", end: "2022-05-31"),
        Case(text: "Сентябрь -октябрь 2022 г.", start: "2022-09-01", end: "2022-10-31"),
        Case(text: "Декабрь 2023г. – январь 2024 г.", start: "2023-12-01", end: "2024-01-31"),
        Case(text: "ноябрь – январь 2024", start: "2023-11-01", end: "2024-01-31"),
        Case(text: "сентябрь", context: academic2022, start: "2022-09-01", end: "2022-09-30"),
        Case(text: "Январь", context: academic2022, start: "2023-01-01", end: "2023-01-31"),
        Case(text: "Октябрь", context: DueContext(year: 2024), start: "2024-10-01", end: "2024-10-31"),
        Case(text: "до 28 октября 2022 года", end: "2022-10-28"),
        Case(text: "до 28.10.2022 г.", end: "2022-10-28"),
        Case(text: "не позднее 15.09.2021", end: "2021-09-15"),
        Case(text: "01.09.- 15.09.2021", start: "2021-09-01", end: "2021-09-15"),
        Case(text: "С 01.09.2021 по 31.05.2022", start: "2021-09-01", end: "2022-05-31"),
        Case(text: "с 1 сентября по 30 ноября", context: academic2022, start: "2022-09-01", end: "2022-11-30"),
        Case(text: "25.12.23", start: "2023-12-25", end: "2023-12-25"),
        Case(text: "2 неделя февраля", context: academic2022, start: "2023-02-08", end: "2023-02-14"),
        Case(text: "вторая неделя сентября 2024 г.", start: "2024-09-08", end: "2024-09-14"),
        Case(text: "5 неделя февраля", context: DueContext(academicYear: 2023), start: "2024-02-29", end: "2024-02-29"),
        Case(text: "4-я неделя мая", context: academic2022, start: "2023-05-22", end: "2023-05-28"),
        Case(text: "В течение учебного года", context: academic2022, start: "2022-09-01", end: "2023-08-31"),
        Case(text: "в течении года", context: academic2022, start: "2022-09-01", end: "2023-08-31"),
        Case(text: "в течение года", context: DueContext(year: 2024), start: "2024-01-01", end: "2024-12-31"),
        Case(text: "в течение 2023 года", start: "2023-01-01", end: "2023-12-31"),
        Case(
            text: "В течение всего периода реализации Целевой модели Наставничества", context: period,
            start: "2023-09-01", end: "2026-08-31"),
        Case(text: "2024-2025 учебный год.", start: "2024-09-01", end: "2025-08-31"),
        Case(text: "2022-2023 уч. г.", start: "2022-09-01", end: "2023-08-31"),
        Case(text: "2023 – 2026 гг.", start: "2023-01-01", end: "2026-12-31"),
        Case(text: "в 2024 году", start: "2024-01-01", end: "2024-12-31"),
        Case(text: "I квартал 2024 г.", start: "2024-01-01", end: "2024-03-31"),
        Case(text: "3 квартал 2025", start: "2025-07-01", end: "2025-09-30"),
        Case(text: "КТ – ноябрь 2023г.", start: "2023-11-01", end: "2023-11-30", checkpoint: true),
        Case(
            text: "Контрольная точка (далее – КТ) – ноябрь 2023г.", start: "2023-11-01", end: "2023-11-30",
            checkpoint: true),
        Case(
            text: "декабрь 2021г. май 2022 г.", start: "2021-12-01", end: "2022-05-31", checkpoint: true, occurrences: 2
        ),
        Case(
            text: "Сентябрь, декабрь, май", context: academic2022, start: "2022-09-01", end: "2023-05-31",
            checkpoint: true, occurrences: 3),
        Case(
            text: "Ноябрь – декабрь 2023г., далее – ежемесячно", start: "2023-11-01", end: "2023-12-31",
            repeatRule: .monthly),
        Case(text: "Август 2025 г., далее - ежегодно", start: "2025-08-01", end: "2025-08-31", repeatRule: .yearly),
        Case(
            text: "КТ – май 2025 г., далее – ежемесячно", start: "2025-05-01", end: "2025-05-31", checkpoint: true,
            repeatRule: .monthly),
        Case(text: "ежеквартально", repeatRule: .quarterly),
        Case(text: "Ежемесячно", repeatRule: .monthly),
        Case(text: "1 раз в неделю", repeatRule: .weekly),
        Case(
            text: "ежемесячно в течение учебного года", context: academic2022, start: "2022-09-01", end: "2023-08-31",
            repeatRule: .monthly),
        Case(text: "по отдельному плану"),
        Case(text: "в соответствии со сроками реализации программ наставничества"),
        Case(text: ""),
        Case(text: "<p>Октябрь 2022</p>", start: "2022-10-01", end: "2022-10-31"),
    ]

    @Test(arguments: readable)
    func readsTheDatesRoadmapsWrite(_ example: Case) {
        let parsed = DueDateParser.parse(example.text, context: example.context)
        #expect(parsed.warning == nil)
        #expect(parsed.due.text == example.text)
        #expect(parsed.due.start?.description == example.start)
        #expect(parsed.due.end?.description == example.end)
        #expect(parsed.due.checkpoint == example.checkpoint)
        #expect(parsed.due.repeatRule == example.repeatRule)
        #expect(parsed.due.occurrences.count == example.occurrences)
    }

    @Test(arguments: [
        ("когда-нибудь потом", DueContext.none),
        ("сентябрь", DueContext.none),
        ("31.02.2023", DueContext.none),
        ("5 неделя февраля", DueContext(academicYear: 2022)),
        ("В течение всего периода реализации программы", DueContext(academicYear: 2022)),
        ("в течение учебного года", DueContext.none),
    ])
    func keepsWhatItCannotReadAsTextWithAWarning(_ text: String, _ context: DueContext) {
        let parsed = DueDateParser.parse(text, context: context)
        #expect(parsed.warning?.isEmpty == false)
        #expect(parsed.due.text == text)
        #expect(parsed.due.start == nil && parsed.due.end == nil)
    }

    @Test func occurrencesKeepEachPeriod() {
        let due = DueDateParser.parse("декабрь 2021г. май 2022 г.").due
        #expect(due.occurrences == [DateSpan.month(12, of: 2021), DateSpan.month(5, of: 2022)])
    }

    @Test(arguments: [
        DateSpan.month(9, of: 2025),
        DateSpan(start: CalendarDate(year: 2025, month: 9, day: 1), end: CalendarDate(year: 2025, month: 10, day: 31)),
        DateSpan(start: CalendarDate(year: 2025, month: 8, day: 1), end: CalendarDate(year: 2026, month: 5, day: 31)),
        DateSpan(start: CalendarDate(year: 2025, month: 9, day: 1), end: CalendarDate(year: 2025, month: 9, day: 15)),
        DateSpan(start: nil, end: CalendarDate(year: 2025, month: 10, day: 28)),
    ])
    func describedSpansReadBackToTheSameDates(_ span: DateSpan) {
        for rule in [nil, RepeatRule.monthly] {
            let text = DueDate.describe(span, repeatRule: rule, checkpoint: rule != nil)
            let parsed = DueDateParser.parse(text)
            #expect(parsed.warning == nil, "\(text)")
            #expect(DateSpan(start: parsed.due.start, end: parsed.due.end) == span, "\(text)")
            #expect(parsed.due.repeatRule == rule)
        }
    }

    @Test(arguments: [
        ("Дорожная карта на 2022 – 2023 учебный год", DueContext(academicYear: 2022)),
        ("План мероприятий на 2021-2022 уч. год", DueContext(academicYear: 2021)),
        ("План работы куратора в 2024 году", DueContext(year: 2024)),
        ("Дорожная карта", DueContext.none),
    ])
    func headingsGiveTheYear(_ heading: String, _ expected: DueContext) {
        #expect(DueContext(heading: heading) == expected)
    }
}
