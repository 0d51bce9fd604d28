import Foundation

/// How an organization numbers a kind of document — orders, additional agreements: a pattern with «{N}» for the
/// running number within the year — «{N}-о», «{N}/од», «ОД-{N}». The next number follows the largest one of the year
/// written in the same pattern.
public struct DocumentNumbering: Equatable, Sendable {
    public static let placeholder = "{N}"
    public let pattern: String
    private let prefix: String
    private let suffix: String

    /// Refuses a pattern without exactly one «{N}», longer than 30 characters, or with digits around it.
    public init(validating text: String?) throws(ValidationFailure) {
        let pattern = (text ?? "").trimmingCharacters(in: .whitespaces)
        let parts = pattern.components(separatedBy: Self.placeholder)
        guard parts.count == 2, pattern.count <= 30, !pattern.contains(where: \.isNumber) else {
            throw ValidationFailure(fields: [
                "numbering": "Шаблон номера — текст до 30 символов без цифр с одним {N}, например {N}-о или ОД-{N}."
            ])
        }
        self.pattern = pattern
        (prefix, suffix) = (parts[0], parts[1])
    }

    public func number(_ running: Int) -> String { prefix + String(running) + suffix }

    /// The running number of a number written in this pattern; nil for one written otherwise.
    public func running(of number: String) -> Int? {
        guard number.count > prefix.count + suffix.count, number.hasPrefix(prefix), number.hasSuffix(suffix) else {
            return nil
        }
        let middle = number.dropFirst(prefix.count).dropLast(suffix.count)
        guard middle.count <= 9, middle.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(middle)
    }

    /// The number after the largest of `numbers` written in this pattern; the first of the year is 1.
    public func next(after numbers: [String]) -> String {
        number((numbers.compactMap(running(of:)).max() ?? 0) + 1)
    }
}
