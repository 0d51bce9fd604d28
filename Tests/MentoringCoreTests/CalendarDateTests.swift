import Foundation
import MentoringCore
import Testing

struct CalendarDateTests {
    @Test(arguments: [
        ("2024-03-15", "2024-03-15"), ("15.03.2024", "2024-03-15"), (" 01.09.2021 ", "2021-09-01"),
        ("29.02.2024", "2024-02-29"),
    ])
    func parsesBothWritings(text: String, expected: String) {
        #expect(CalendarDate(parsing: text)?.description == expected)
    }

    @Test(arguments: ["31.02.2024", "29.02.2023", "2024-13-01", "15/03/2024", "", "завтра", "1.1.24", "2024-3"])
    func rejectsDaysThatDoNotExist(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test(arguments: [
        ("2010-05-20", "2026-05-19", 15), ("2010-05-20", "2026-05-20", 16), ("2008-11-21", "2026-11-21", 18),
        ("2008-11-22", "2026-11-21", 17), ("2008-02-29", "2026-02-28", 17),
    ])
    func countsFullYears(birth: String, on day: String, years: Int) {
        #expect(CalendarDate(parsing: birth)!.fullYears(until: CalendarDate(parsing: day)!) == years)
    }

    @Test func addsDaysAcrossMonthsAndYears() {
        #expect(CalendarDate(parsing: "2026-12-20")!.adding(days: 30).description == "2027-01-19")
        #expect(CalendarDate(parsing: "2024-03-01")!.adding(days: -1).description == "2024-02-29")
    }

    @Test func printsRussianStyle() {
        #expect(CalendarDate(year: 2022, month: 10, day: 8)!.russian == "08.10.2022")
    }
}
