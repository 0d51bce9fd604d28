import Foundation

/// Russian month names as roadmaps write them, in any case and abbreviated.
public enum RussianMonths {
    /// January to December in the nominative case, lowercase.
    public static let nominative = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    private static let stems = [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
    ]
    private static let abbreviations: [String: Int] = [
        "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11,
        "нояб": 11, "дек": 12,
    ]
    private static let may: Set<String> = ["май", "мая", "мае", "маю", "маем"]

    /// The month (1–12) a lowercased word names, or nil.
    static func month(_ word: String) -> Int? {
        if may.contains(word) { return 5 }
        if let short = abbreviations[word] { return short }
        for (index, stem) in stems.enumerated() where index != 4 {
            if word.hasPrefix(stem) && word.count <= stem.count + 3 { return index + 1 }
        }
        return nil
    }
}

extension DueDate {
    /// The text a roadmap would write for a span: "Сентябрь – октябрь 2025 г.", "КТ – ноябрь 2025 г.",
    /// "Август 2025 г. – май 2026 г.", "01.09.2025 – 15.09.2025"; the parser reads it back to the same dates.
    public static func describe(_ span: DateSpan, repeatRule: RepeatRule? = nil, checkpoint: Bool = false) -> String {
        var text: String
        switch (span.start, span.end) {
        case (nil, nil): text = ""
        case (nil, let end?): text = "до \(end.russian) г."
        case (let start?, nil): text = "с \(start.russian) г."
        case (let start?, let end?):
            if start.day == 1 && end.isLastDayOfMonth {
                let first = RussianMonths.nominative[start.month - 1]
                let last = RussianMonths.nominative[end.month - 1]
                if start.year == end.year {
                    text = start.month == end.month ? "\(first) \(start.year) г." : "\(first) – \(last) \(end.year) г."
                } else {
                    text = "\(first) \(start.year) г. – \(last) \(end.year) г."
                }
            } else {
                text = start == end ? "\(start.russian) г." : "\(start.russian) – \(end.russian) г."
            }
        }
        if checkpoint { text = "КТ – " + text }
        if let repeatRule { text += ", далее – \(repeatRule.title)" }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

extension CalendarDate {
    public var isLastDayOfMonth: Bool { day == CalendarDate.daysIn(month: month, year: year) }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// The same day `months` months later, clipped to the month's end.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))!
    }

    /// The year the academic year containing this date starts in (1 September – 31 August).
    public var academicYear: Int { month >= 9 ? year : year - 1 }
}
