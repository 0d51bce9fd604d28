import Foundation

/// How often an activity comes back after its first period ("далее – ежемесячно").
public enum RepeatRule: String, Codable, Sendable, CaseIterable {
    case weekly, monthly, quarterly, yearly

    public var title: String {
        switch self {
        case .weekly: "еженедельно"
        case .monthly: "ежемесячно"
        case .quarterly: "ежеквартально"
        case .yearly: "ежегодно"
        }
    }
}

/// A period of days; either end may be unknown ("до 28.10.2022": start unknown).
public struct DateSpan: Equatable, Hashable, Codable, Sendable {
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(start: CalendarDate?, end: CalendarDate?) {
        self.start = start
        self.end = end
    }

    public static func month(_ month: Int, of year: Int) -> DateSpan {
        DateSpan(
            start: CalendarDate(year: year, month: month, day: 1),
            end: CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
    }

    /// 1 September of `startYear` to 31 August of the next year.
    public static func academicYear(startingIn startYear: Int) -> DateSpan {
        DateSpan(
            start: CalendarDate(year: startYear, month: 9, day: 1),
            end: CalendarDate(year: startYear + 1, month: 8, day: 31))
    }

    /// "01.09.2026 – 31.08.2027", "до 28.10.2026", "с 01.09.2026", a single day as itself; nil when both ends are unknown.
    public var russian: String? {
        switch (start, end) {
        case (let start?, let end?): start == end ? start.russian : "\(start.russian) – \(end.russian)"
        case (nil, let end?): "до \(end.russian)"
        case (let start?, nil): "с \(start.russian)"
        case (nil, nil): nil
        }
    }

    public static func year(_ year: Int) -> DateSpan {
        DateSpan(start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31))
    }
}

/// A roadmap's due cell: the text as written, and what could be read from it.
public struct DueDate: Equatable, Hashable, Codable, Sendable {
    /// The text exactly as the document has it.
    public var text: String
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// A control point (КТ), or a cell that names several separate periods.
    public var checkpoint: Bool
    public var repeatRule: RepeatRule?
    /// The separate periods when the text names several; empty otherwise.
    public var occurrences: [DateSpan]

    public init(
        text: String, start: CalendarDate? = nil, end: CalendarDate? = nil, checkpoint: Bool = false,
        repeatRule: RepeatRule? = nil, occurrences: [DateSpan] = []
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.checkpoint = checkpoint
        self.repeatRule = repeatRule
        self.occurrences = occurrences
    }

    /// A due that carries dates without a text of its own (a template laid out over a period).
    public init(span: DateSpan, checkpoint: Bool = false, repeatRule: RepeatRule? = nil) {
        self.init(
            text: DueDate.describe(span, repeatRule: repeatRule, checkpoint: checkpoint),
            start: span.start, end: span.end, checkpoint: checkpoint, repeatRule: repeatRule)
    }

    public var hasDates: Bool { start != nil || end != nil }

    /// The periods the due covers: its occurrences, or its single span.
    public var spans: [DateSpan] {
        occurrences.isEmpty ? (hasDates ? [DateSpan(start: start, end: end)] : []) : occurrences
    }
}

/// What the parser knows about the document a due text comes from.
public struct DueContext: Equatable, Sendable {
    /// The academic year the document is for, by the year it starts in ("2022 – 2023 учебный год" → 2022).
    public var academicYear: Int?
    /// The calendar year the document is for ("в 2024 году").
    public var year: Int?
    /// The roadmap's own period ("В течение всего периода реализации …").
    public var period: DateSpan?

    public init(academicYear: Int? = nil, year: Int? = nil, period: DateSpan? = nil) {
        self.academicYear = academicYear
        self.year = year
        self.period = period
    }

    public static let none = DueContext()
}
