import Foundation

/// A day in the calendar, without time or time zone: birth dates, consent dates, roadmap dues.
/// Stored and exchanged as `YYYY-MM-DD`; people may also type `ДД.ММ.ГГГГ`.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// `nil` when the day does not exist (31 February, month 13 ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Accepts `2024-03-15` and `15.03.2024`; surrounding spaces are ignored.
    public init?(parsing text: String) {
        // The stored form, read thousands of times per page, takes the short way.
        if let stored = CalendarDate(stored: text) {
            self = stored
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        let parts: [Substring]
        let order: (Int, Int, Int)
        if iso.count == 3, iso[0].count == 4 {
            parts = iso
            order = (0, 1, 2)
        } else if dotted.count == 3, dotted[2].count == 4 {
            parts = dotted
            order = (2, 1, 0)
        } else {
            return nil
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[order.0]), let m = Int(parts[order.1]), let d = Int(parts[order.2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Why a text typed as a date is not one: a day the calendar does not have (29.02.2013) is told apart from
    /// text that is not a date at all.
    public static func refusal(of text: String) -> String {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        let shaped =
            parts.count == 3 && parts[2].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        return shaped
            ? "Такой даты нет в календаре: \(text.trimmingCharacters(in: .whitespaces))."
            : "Введите дату в формате ДД.ММ.ГГГГ, например 14.03.2011."
    }

    /// Exactly `YYYY-MM-DD`, read digit by digit.
    private init?(stored text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Moscow time: the schools we serve keep it. Made once: building a time zone costs more than the date arithmetic.
    public static let moscow = TimeZone(identifier: "Europe/Moscow")!

    /// The day `date` falls on in `timeZone` (Moscow by default).
    public init(_ date: Date, in timeZone: TimeZone = CalendarDate.moscow) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        self.init(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }

    /// The day `days` after 1 January 1970 — civil-from-days arithmetic (H. Hinnant), no `Calendar` needed.
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * shifted + 2) / 5 + 1
    }

    /// Days from 1 January 1970 to this day (days-from-civil, the inverse of `init(daysSinceEpoch:)`).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a date: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `YYYY-MM-DD`, written digit by digit (`String(format:)` was 3 % of a page of people).
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ number: Int, digits: Int, endingAt end: Int) {
                var rest = number
                for position in stride(from: end - 1, through: end - digits, by: -1) {
                    text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, endingAt: 4)
            text[4] = UInt8(ascii: "-")
            put(month, digits: 2, endingAt: 7)
            text[7] = UInt8(ascii: "-")
            put(day, digits: 2, endingAt: 10)
            return 10
        }
    }

    /// `ДД.ММ.ГГГГ`, as Russian documents write dates.
    public var russian: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Full years from `self` to `date`: the age of someone born on `self`.
    public func fullYears(until date: CalendarDate) -> Int {
        let years = date.year - year
        return (date.month, date.day) < (month, day) ? years - 1 : years
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from this date to `other` (negative when `other` is earlier): how long a mentee has waited.
    public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
