import Foundation

extension DueScan {
    /// Gives every piece its year — from the nearest piece that names one (later first: "сентябрь – октябрь
    /// 2023 г."), else from the document's academic or calendar year — and turns it into days.
    mutating func resolvedSpans() -> [(DateSpan, DueLink)] {
        var result: [(DateSpan, DueLink)] = []
        for (position, entry) in pieces.enumerated() {
            guard let span = span(of: entry.piece, year: entry.piece.year ?? inferredYear(at: position)) else {
                continue
            }
            result.append((span, entry.link))
        }
        return result
    }

    private func inferredYear(at position: Int) -> Int? {
        guard let month = pieces[position].piece.month else { return nil }
        if let later = pieces[(position + 1)...].first(where: { $0.piece.year != nil })?.piece,
            let laterMonth = later.month
        {
            return month > laterMonth ? later.year! - 1 : later.year!
        }
        if let earlier = pieces[..<position].last(where: { $0.piece.year != nil })?.piece,
            let earlierMonth = earlier.month
        {
            return month < earlierMonth ? earlier.year! + 1 : earlier.year!
        }
        if let academic = context.academicYear ?? context.period?.start?.academicYear {
            return month >= 9 ? academic : academic + 1
        }
        return context.year
    }

    private mutating func span(of piece: DuePiece, year: Int?) -> DateSpan? {
        if case .fixed(let span) = piece { return span }
        guard let year else {
            problems.append("год не указан и не следует из заголовка — укажите год")
            return nil
        }
        switch piece {
        case .day(let day, let month, _):
            guard let date = CalendarDate(year: year, month: month, day: day) else {
                problems.append(String(format: "дня %02d.%02d.%d не существует", day, month, year))
                return nil
            }
            return DateSpan(start: date, end: date)
        case .month(let month, _):
            return .month(month, of: year)
        case .week(let week, let month, _):
            let last = CalendarDate.daysIn(month: month, year: year)
            guard 7 * week - 6 <= last else {
                problems.append("в этом месяце нет \(week)-й недели")
                return nil
            }
            return DateSpan(
                start: CalendarDate(year: year, month: month, day: 7 * week - 6),
                end: CalendarDate(year: year, month: month, day: min(7 * week, last)))
        case .quarter(let quarter, _):
            return DateSpan(
                start: DateSpan.month(quarter * 3 - 2, of: year).start, end: DateSpan.month(quarter * 3, of: year).end)
        case .fixed(let span):
            return span
        }
    }
}
