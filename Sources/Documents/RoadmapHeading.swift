import Foundation
import MentoringCore

/// What the text above a roadmap table says: the title, the period, the approving order.
struct RoadmapHeading {
    var title: String
    var period: DateSpan
    var approvalOrder: String?
    var context: DueContext

    init(blocks: [TabularDocument.Block], fileName: String) {
        let lines = blocks.compactMap { block -> (text: String, line: Int)? in
            if case .text(let text, let line) = block { return (CellText.flat(CellText.clean(text)), line) }
            return nil
        }
        let titleStart = lines.lastIndex { Self.isTitleStart($0.text) }
        title = titleStart.map { Self.title(lines, from: $0) } ?? Self.fallbackTitle(fileName)
        var context = DueContext(heading: title)
        var period: DateSpan?
        if let periodLine = lines[(titleStart ?? 0)...].last(where: { Self.namesPeriod($0.text) }) {
            let parsed = DueDateParser.parse(Self.afterPeriodLabel(periodLine.text), context: context).due
            if parsed.start != nil || parsed.end != nil { period = DateSpan(start: parsed.start, end: parsed.end) }
        }
        if period == nil {
            if let academic = context.academicYear {
                period = .academicYear(startingIn: academic)
            } else if let year = context.year {
                period = .year(year)
            }
        }
        if let period, context.academicYear == nil, context.year == nil {
            context.academicYear = period.start?.academicYear
        }
        context.period = period
        self.period = period ?? DateSpan(start: nil, end: nil)
        self.context = context
        approvalOrder = Self.approvalOrder(lines.map(\.text))
    }

    /// The heading that starts with "Дорожная карта" / "План мероприятий", with the lines that continue it.
    private static func title(_ lines: [(text: String, line: Int)], from start: Int) -> String {
        var parts = [lines[start].text]
        var previous = lines[start].line
        for next in lines[(start + 1)...] {
            // A blank line may part the title from its rest when the rest holds the year the title lacks.
            let follows =
                next.line == previous + 1
                || next.line <= previous + 3 && !namesYear(parts.joined()) && namesYear(next.text)
            guard follows, !namesPeriod(next.text), !isTitleStart(next.text) else { break }
            parts.append(next.text)
            previous = next.line
        }
        return parts.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func namesYear(_ text: String) -> Bool {
        text.contains(/(19|20)\d\d/)
    }

    private static func isTitleStart(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["дорожная карта", "план мероприятий", "план работы", "план-график", "план реализации"].contains {
            lowered.hasPrefix($0)
        }
    }

    private static func namesPeriod(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("срок") || lowered.hasPrefix("период"))
            && (lowered.contains("реализац") || lowered.contains("действ"))
    }

    /// "Сроки реализации дорожной карты – сентябрь 2023г. – август 2026г." → "сентябрь 2023г. – август 2026г.".
    private static func afterPeriodLabel(_ text: String) -> String {
        guard let dash = text.firstIndex(where: { "–—-:".contains($0) }) else { return text }
        return String(text[text.index(after: dash)...])
    }

    private static func fallbackTitle(_ fileName: String) -> String {
        let base = (fileName as NSString).deletingPathExtension
        return base.isEmpty ? "Дорожная карта" : "Дорожная карта (\(base))"
    }

    /// "приказ № 237" with the date on the same or the next line, from the approval block.
    private static func approvalOrder(_ lines: [String]) -> String? {
        guard let index = lines.firstIndex(where: { $0.lowercased().hasPrefix("приказ") && $0.contains("№") }) else {
            return nil
        }
        var text = lines[index]
        if index + 1 < lines.count, CalendarDate(parsing: lines[index + 1].trimmingCharacters(in: .whitespaces)) != nil
        {
            text += " от " + lines[index + 1].trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
