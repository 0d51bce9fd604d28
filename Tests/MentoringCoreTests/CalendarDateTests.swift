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

    /// 29.02.2013 is a day the calendar lacks, not a wrong format; «завтра» is no date at all.
    @Test(arguments: [
        ("29.02.2013", "Такой даты нет в календаре: 29.02.2013."),
        ("31.04.2026", "Такой даты нет в календаре: 31.04.2026."),
        ("завтра", "Введите дату в формате ДД.ММ.ГГГГ, например 14.03.2011."),
        ("1.1.24", "Введите дату в формате ДД.ММ.ГГГГ, например 14.03.2011."),
    ])
    func aRefusalSaysWhatIsWrong(text: String, message: String) {
        #expect(CalendarDate.refusal(of: text) == message)
    }

    @Test(arguments: [
        ("2010-05-20", "2026-05-19", 15), ("2010-05-20", "2026-05-20", 16), ("2008-11-21", "2026-11-21", 18),
        ("2008-11-22", "2026-11-21", 17), ("2008-02-29", "2026-02-28", 17),
    ])
    func countsFullYears(birth: String, on day: String, years: Int) {
        #expect(CalendarDate(parsing: birth)!.fullYears(until: CalendarDate(parsing: day)!) == years)
    }

    @Test func writesEveryDayAsTheFormatDoes() throws {
        for year in [1, 9, 10, 99, 100, 999, 1000, 1970, 2024, 9999] {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
                    #expect(date.description == String(format: "%04d-%02d-%02d", year, month, day))
                }
            }
        }
    }

    @Test func addsDaysAcrossMonthsAndYears() {
        #expect(CalendarDate(parsing: "2026-12-20")!.adding(days: 30).description == "2027-01-19")
        #expect(CalendarDate(parsing: "2024-03-01")!.adding(days: -1).description == "2024-02-29")
    }

    @Test func printsRussianStyle() {
        #expect(CalendarDate(year: 2022, month: 10, day: 8)!.russian == "08.10.2022")
    }
}

@Suite struct CalendarArithmeticTests {
    /// The arithmetic agrees with Foundation's calendar on every day of several centuries' edges and leap days.
    @Test func daysMatchTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var date = try #require(calendar.date(from: DateComponents(year: 1899, month: 12, day: 25)))
        let origin = try #require(CalendarDate(year: 1899, month: 12, day: 25))
        for offset in stride(from: 0, to: 80_000, by: 7) {
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = try #require(CalendarDate(year: c.year!, month: c.month!, day: c.day!))
            #expect(origin.adding(days: offset) == expected)
            #expect(origin.days(until: expected) == offset)
            #expect(CalendarDate(date, in: TimeZone(identifier: "UTC")!) == expected)
            date = calendar.date(byAdding: .day, value: 7, to: date)!
        }
    }

    @Test func aMomentFallsOnItsMoscowDay() {
        // 2026-11-21 21:30 UTC is already 22 November in Moscow.
        #expect(
            CalendarDate(Date(timeIntervalSince1970: 1_795_296_600)) == CalendarDate(year: 2026, month: 11, day: 22))
        #expect(
            CalendarDate(Date(timeIntervalSince1970: 1_795_296_600), in: TimeZone(identifier: "UTC")!)
                == CalendarDate(year: 2026, month: 11, day: 21))
    }
}
