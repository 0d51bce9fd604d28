import Foundation

/// A count with its noun in the Russian form the number asks for: «1 год», «3 года», «14 лет», «21 год».
public enum RussianCount {
    public static func years(_ count: Int) -> String { phrase(count, "год", "года", "лет") }
    public static func days(_ count: Int) -> String { phrase(count, "день", "дня", "дней") }
    public static func hours(_ count: Int) -> String { phrase(count, "час", "часа", "часов") }

    /// `one` after 1, 21, 31 …; `few` after 2–4, 22–24 …; `many` after the rest, 11–14 included.
    public static func phrase(_ count: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = abs(count % 100)
        let last = abs(count % 10)
        let noun = (11...14).contains(lastTwo) ? many : last == 1 ? one : (2...4).contains(last) ? few : many
        return "\(count) \(noun)"
    }

    /// The mean of ratings out of 5 with how many there are: «4,5 из 5 (ответов: 2)»; nil when there are none.
    public static func ratings(_ values: [Double]) -> String? {
        guard !values.isEmpty else { return nil }
        return "\((values.reduce(0, +) / Double(values.count)).russian(digits: 1)) из 5 (ответов: \(values.count))"
    }
}

extension Double {
    /// The number with `digits` decimals and a decimal comma, as Russian text writes it: «4,5», «0,820».
    public func russian(digits: Int) -> String {
        String(format: "%.\(digits)f", self).replacingOccurrences(of: ".", with: ",")
    }
}
