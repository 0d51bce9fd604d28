import Foundation

/// Cleans the text of a table cell: leftover HTML (`<p>`, `<ol><li>`, `<i>`), entities and stray spacing.
enum CellText {
    /// Paragraph breaks (`</p>`, `<br>`, `<li>`, line breaks) become "\n"; other tags go; spaces collapse.
    static func clean(_ raw: String) -> String {
        var text = ""
        var tag = ""
        var insideTag = false
        for char in raw {
            if insideTag {
                if char == ">" {
                    insideTag = false
                    let name = tag.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/ ")).prefix {
                        $0.isLetter
                    }
                    if ["p", "br", "li", "div", "tr"].contains(String(name)) { text.append("\n") }
                    tag = ""
                } else {
                    tag.append(char)
                }
            } else if char == "<", raw.contains(">") {
                insideTag = true
            } else {
                text.append(char)
            }
        }
        for (entity, value) in [
            ("&nbsp;", " "), ("&quot;", "\""), ("&laquo;", "«"), ("&raquo;", "»"), ("&lt;", "<"), ("&gt;", ">"),
            ("&amp;", "&"),
        ] {
            guard text.contains("&") else { break }
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{a0}" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// One line: paragraph breaks become spaces.
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    /// "5.1. Осуществление …" → ("5.1", "Осуществление …"). Each part of the number has at most two digits, so a
    /// title that starts with a year stays whole.
    static func leadingNumber(_ text: String) -> (number: String, rest: String)? {
        var parts: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char.isASCII && char.isNumber {
                current.append(char)
                if current.count > 2 { return nil }
            } else if char == ".", !current.isEmpty {
                parts.append(current)
                current = ""
            } else {
                break
            }
            index = text.index(after: index)
        }
        if !current.isEmpty { parts.append(current) }
        guard !parts.isEmpty else { return nil }
        let rest = text[index...].trimmingCharacters(in: .whitespaces)
        // "1 Title" needs the dot or a space; "12345" alone is not a number column.
        guard index == text.endIndex || text[index] == " " || text[text.index(before: index)] == "." else { return nil }
        return (parts.joined(separator: "."), rest)
    }

    /// The number cell as written, without the trailing dot and HTML: "1.1.", "<i>1</i>" → "1.1", "1".
    static func number(_ cell: String) -> String {
        var text = flat(cell).trimmingCharacters(in: .whitespaces)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Splits a responsible cell into roles: on line breaks, commas and semicolons outside parentheses, and before
    /// each capitalized role in a run-together cell ("Директор Заместитель директора Куратор"), keeping
    /// abbreviations ("МКУ ДММЦ") and initials ("Иванова Л.А.") whole.
    static func roles(_ cell: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for char in cell {
            if char == "(" { depth += 1 } else if char == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (char == "," || char == ";" || char == "\n") {
                parts.append(current)
                current = ""
            } else {
                current.append(char)
            }
        }
        parts.append(current)
        return parts.flatMap(splitCapitalized).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func splitCapitalized(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        var result: [[String]] = []
        var depth = 0
        for word in words {
            let startsRole = word.first.map { $0.isUppercase && $0.isLetter } ?? false
            let previous = result.last?.last
            let keepsTogether =
                depth > 0 || previous == nil || isAbbreviation(word) || isInitials(word)
                || previous.map(isAbbreviation) == true || previous?.hasSuffix("-") == true
            if startsRole && !keepsTogether {
                result.append([word])
            } else if result.isEmpty {
                result.append([word])
            } else {
                result[result.count - 1].append(word)
            }
            depth += word.filter { $0 == "(" }.count - word.filter { $0 == ")" }.count
        }
        return result.map { $0.joined(separator: " ") }
    }

    private static func isAbbreviation(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    private static func isInitials(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 2 && word.contains(".") && letters.allSatisfy(\.isUppercase)
    }
}
