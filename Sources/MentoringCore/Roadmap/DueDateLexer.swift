import Foundation

/// The pieces a due text is made of: numbers, words, and the punctuation that joins them.
enum DueToken: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case dash
    case dot
    case comma
    case other

    var word: String? { if case .word(let w) = self { w } else { nil } }
}

enum DueDateLexer {
    /// Lowercases, folds "ё", drops HTML tags and parenthesized remarks that talk about the text itself
    /// ("(далее – КТ)"), and splits letters from digits so "2023г." reads as a year.
    static func tokens(_ text: String) -> [DueToken] {
        var result: [DueToken] = []
        var letters = ""
        var digits = ""
        var insideTag = false
        func flush() {
            if !letters.isEmpty {
                result.append(.word(letters))
                letters = ""
            }
            if !digits.isEmpty {
                result.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count))
                digits = ""
            }
        }
        for scalar in text.lowercased().unicodeScalars {
            if insideTag {
                if scalar == ">" { insideTag = false }
                continue
            }
            if scalar == "<" {
                flush()
                insideTag = true
                continue
            }
            if ("0"..."9").contains(scalar) {
                if !letters.isEmpty { flush() }
                digits.unicodeScalars.append(scalar)
            } else if CharacterSet.letters.contains(scalar) {
                if !digits.isEmpty { flush() }
                letters.unicodeScalars.append(scalar == "ё" ? "е" : scalar)
            } else {
                flush()
                switch scalar {
                case "-", "–", "—", "−", "‐", "‑", "‒": result.append(.dash)
                case ".": result.append(.dot)
                case ",", ";": result.append(.comma)
                case " ", "\t", "\n", "\r", "\u{a0}": break
                default: result.append(.other)
                }
            }
        }
        flush()
        return result
    }

    /// The text without parenthesized remarks that mention "далее" (they name an abbreviation, not a repeat).
    static func withoutRemarks(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            output += rest[..<open]
            let inside = rest[rest.index(after: open)..<close]
            output += inside.lowercased().contains("далее") ? " " : String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
