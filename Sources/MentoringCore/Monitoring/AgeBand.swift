import Foundation

/// An age band on a reference date, as birth dates: what a database compares without computing ages row by row.
public struct AgeBand: Equatable, Sendable {
    public var youngest: Int
    public var oldest: Int

    public init(_ youngest: Int, _ oldest: Int) {
        self.youngest = youngest
        self.oldest = oldest
    }

    public static let children10to19 = AgeBand(10, 19)
    public static let children15to19 = AgeBand(15, 19)

    /// Everyone aged `youngest…oldest` full years on `date` was born after `bornAfter` and on or before `bornOnOrBefore`.
    public func birthDates(on date: CalendarDate) -> (bornAfter: CalendarDate, bornOnOrBefore: CalendarDate) {
        (date.adding(years: -(oldest + 1)), date.adding(years: -youngest))
    }

    public func contains(birthDate: CalendarDate, on date: CalendarDate) -> Bool {
        (youngest...oldest).contains(birthDate.fullYears(until: date))
    }
}

extension CalendarDate {
    /// The same day `years` later or earlier; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CalendarDate {
        CalendarDate(year: year + years, month: month, day: day) ?? CalendarDate(
            year: year + years, month: month, day: day - 1)!
    }
}
