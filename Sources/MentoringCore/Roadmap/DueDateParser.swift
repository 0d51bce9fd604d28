import Foundation

/// What the parser made of a due text, and what it could not read (shown next to the row, never an error).
public struct DueParse: Equatable, Sendable {
    public var due: DueDate
    public var warning: String?
}

/// Reads the due texts of Russian roadmaps ("Сентябрь – октябрь 2023 г.", "до 28.10.2022 г.", "2 неделя февраля",
/// "КТ – ноябрь 2023г.", "В течение учебного года", "…, далее – ежемесячно") into dates. It never invents a date:
/// what it cannot read stays text, with a warning.
public enum DueDateParser {
    public static func parse(_ text: String, context: DueContext = .none) -> DueParse {
        let tokens = DueDateLexer.tokens(DueDateLexer.withoutRemarks(text))
        let words = tokens.compactMap(\.word)
        var scan = DueScan(tokens: tokens, context: context)
        scan.run()
        let resolved = scan.resolvedSpans()
        var spans: [DateSpan] = []
        for (span, link) in resolved {
            switch link {
            case .range where !spans.isEmpty: spans[spans.count - 1].end = span.end
            case .until: spans.append(DateSpan(start: nil, end: span.end))
            case .from: spans.append(DateSpan(start: span.start, end: nil))
            default: spans.append(span)
            }
        }
        let repeatRule = repeatRule(words)
        let namesCheckpoint = words.contains { $0 == "кт" || $0.hasPrefix("контрольн") }
        var due = DueDate(text: text, checkpoint: namesCheckpoint || spans.count > 1, repeatRule: repeatRule)
        due.start = spans.first?.start
        due.end = spans.last?.end
        if spans.count > 1 { due.occurrences = spans }

        let quoted = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var warning: String?
        if let problem = scan.problems.first {
            warning = "Срок «\(quoted)»: \(problem)"
        } else if spans.isEmpty && repeatRule == nil && !quoted.isEmpty && !namesNoDate(words) {
            warning = "Срок «\(quoted)» не распознан и сохранён текстом."
        }
        return DueParse(due: due, warning: warning)
    }

    static func repeatRule(_ words: [String]) -> RepeatRule? {
        for (index, word) in words.enumerated() {
            if word.hasPrefix("еженедел") { return .weekly }
            if word.hasPrefix("ежемесяч") { return .monthly }
            if word.hasPrefix("ежекварт") { return .quarterly }
            if word.hasPrefix("ежегод") { return .yearly }
            if word == "раз" || word.hasPrefix("кажд"), index + 1 < words.count {
                let next = words[index + 1] == "в" && index + 2 < words.count ? words[index + 2] : words[index + 1]
                if next.hasPrefix("недел") { return .weekly }
                if next.hasPrefix("месяц") { return .monthly }
                if next.hasPrefix("квартал") { return .quarterly }
                if next == "год" || next == "году" { return .yearly }
            }
        }
        return nil
    }

    /// Phrases that knowingly name no date ("по отдельному плану", "в соответствии со сроками …").
    static func namesNoDate(_ words: [String]) -> Bool {
        let markers = [
            "отдельн", "соответстви", "мере", "постоянн", "необходимост", "запрос", "график", "согласовани",
            "систематическ",
        ]
        return words.contains { word in markers.contains { word.hasPrefix($0) } }
    }
}
