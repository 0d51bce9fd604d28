import Foundation

/// A calendar month: the step of the dashboard's charts.
public struct Month: Hashable, Comparable, Codable, Sendable {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ date: CalendarDate) { self.init(year: date.year, month: date.month) }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public var next: Month { month == 12 ? Month(year: year + 1, month: 1) : Month(year: year, month: month + 1) }
    public var first: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }
    public var last: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// «сен 2026».
    public var shortTitle: String { "\(RussianMonths.nominative[month - 1].prefix(3)) \(year)" }

    /// The months from `start` to `end` inclusive, at most `limit` of the last ones.
    public static func range(from start: CalendarDate, to end: CalendarDate, limit: Int = 24) -> [Month] {
        guard start <= end else { return [] }
        var months: [Month] = []
        var month = Month(start)
        while month <= Month(end) {
            months.append(month)
            month = month.next
        }
        return Array(months.suffix(limit))
    }

    /// Months a pair worked between two days, by days / 30.44, at least one day counted.
    public static func worked(from start: CalendarDate, to end: CalendarDate) -> Double {
        Double(max(1, start.days(until: end) + 1)) / 30.44
    }
}

/// Which way a value moved since the month before: the arrow on a card.
public enum Trend: String, Codable, Sendable {
    case up, down, flat

    public init?(previous: Double?, current: Double?) {
        guard let previous, let current else { return nil }
        self = abs(current - previous) < 1e-9 ? .flat : (current > previous ? .up : .down)
    }

    public var symbol: String {
        switch self {
        case .up: "↑"
        case .down: "↓"
        case .flat: "→"
        }
    }
}
