import Foundation

/// A month of a mentor's payment for one pair or group: the days the pair was in force in the month and what is due.
/// A pair is in force from the day its order fixed it to the day it was closed, or to the end of its term.
public struct MentorPayment: Equatable, Sendable {
    public var days: Int
    public var daysInMonth: Int
    /// Kopecks for a fixed monthly sum; nil for a share of the salary, which the accountant applies to the salary.
    public var dueKopecks: Int?

    /// The month's payment, or nil when the pair was not in force that month or is not paid.
    public static func month(
        _ year: Int, _ month: Int, payment: MentorAgreement.Payment, from start: CalendarDate, to end: CalendarDate?
    ) -> MentorPayment? {
        guard payment != .unpaid, let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let length = CalendarDate.daysIn(month: month, year: year)
        let last = first.adding(days: length - 1)
        let from = max(start, first)
        let to = min(end ?? last, last)
        guard from <= to else { return nil }
        let days = from.days(until: to) + 1
        var due: Int?
        if case .monthly(let kopecks) = payment {
            // Half a kopeck and more rounds up, as accountants round.
            due = (kopecks * days * 2 + length) / (length * 2)
        }
        return MentorPayment(days: days, daysInMonth: length, dueKopecks: due)
    }
}
