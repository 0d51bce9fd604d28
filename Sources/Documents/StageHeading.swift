import Foundation

/// A stage row: "Этап 1. Подготовка условий … Задача этапа – …", "Подготовительный этап", "2. Организационно-
/// методическая …" (the last only when activities are numbered "2.1").
struct StageHeading {
    var number: String?
    var title: String
    var goal: String?

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        var rest: Substring
        if lowered.hasPrefix("этап"), lowered.dropFirst(4).first.map({ $0 == " " || $0.isNumber || $0 == "." }) ?? true
        {
            rest = trimmed.dropFirst(4).drop { $0 == " " }
            let digits = rest.prefix { $0.isNumber }
            let roman = digits.isEmpty ? rest.prefix { "IVXІ".contains($0) } : ""
            number = digits.isEmpty ? (roman.isEmpty ? nil : String(roman)) : String(digits)
            rest = rest.dropFirst(digits.count + roman.count).drop { ".:–—- ".contains($0) }
            if rest.isEmpty { rest = Substring(trimmed) }
        } else if let first = lowered.split(separator: " ").first,
            first.hasSuffix("ый") || first.hasSuffix("ий") || first.hasSuffix("ой"),
            lowered.split(separator: " ").dropFirst().first?.hasPrefix("этап") == true
        {
            number = nil
            rest = Substring(trimmed)
        } else {
            return nil
        }
        let (title, goal) = Self.splitGoal(String(rest))
        self.title = title
        self.goal = goal
    }

    /// "… Задача этапа – формирование …" → title and goal.
    static func splitGoal(_ text: String) -> (String, String?) {
        let markers = ["Задача этапа", "Задачи этапа", "Задача данного этапа", "Цель этапа", "Цели этапа"]
        guard
            let range = markers.compactMap({ text.range(of: $0, options: .caseInsensitive) }).min(by: {
                $0.lowerBound < $1.lowerBound
            })
        else { return (text, nil) }
        let title = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        var goal = text[range.upperBound...].drop { ":–—- ".contains($0) }
        if goal.isEmpty { goal = text[range.lowerBound...] }
        return (title.isEmpty ? text : title, String(goal))
    }
}
