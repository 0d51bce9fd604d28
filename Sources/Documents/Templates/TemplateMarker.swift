import Foundation

/// A marker as written in a template's text: `{{поле}}`, `{{#список}}` opens a repeated block, `{{/список}}` closes it.
enum TemplateMarker: Equatable {
    case field(String)
    case open(String)
    case close(String)

    static let start = "{{"
    static let end = "}}"

    init(_ inner: Substring) {
        let text = inner.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#") {
            self = .open(Self.name(text.dropFirst()))
        } else if text.hasPrefix("/") {
            self = .close(Self.name(text.dropFirst()))
        } else {
            self = .field(text)
        }
    }

    private static func name(_ text: Substring) -> String { text.trimmingCharacters(in: .whitespaces) }

    /// The markers of a text with their ranges, and the text of a `{{` never closed, if any.
    static func scan(_ text: String) -> (markers: [(Range<String.Index>, TemplateMarker)], unclosed: String?) {
        var markers: [(Range<String.Index>, TemplateMarker)] = []
        var position = text.startIndex
        while let open = text.range(of: start, range: position..<text.endIndex) {
            guard let close = text.range(of: end, range: open.upperBound..<text.endIndex) else {
                return (markers, String(text[open.lowerBound...].prefix(40)))
            }
            markers.append(
                (open.lowerBound..<close.upperBound, TemplateMarker(text[open.upperBound..<close.lowerBound])))
            position = close.upperBound
        }
        return (markers, nil)
    }

    /// The marker a text starts with, spaces aside.
    static func leading(_ text: String) -> TemplateMarker? {
        let markers = scan(text).markers
        guard let first = markers.first, text[..<first.0.lowerBound].allSatisfy(\.isWhitespace) else { return nil }
        return first.1
    }

    /// The marker a text ends with, spaces aside.
    static func trailing(_ text: String) -> TemplateMarker? {
        let markers = scan(text).markers
        guard let last = markers.last, text[last.0.upperBound...].allSatisfy(\.isWhitespace) else { return nil }
        return last.1
    }

    /// The block `name` opened at the start of the text closes inside it before the text ends: an inline block.
    static func isInline(_ text: String, _ name: String) -> Bool {
        let markers = scan(text).markers
        guard let close = matchingClose(of: name, in: markers, from: 1) else { return false }
        return close != markers.count - 1
    }

    /// The index of the `{{/name}}` that closes a `{{#name}}` standing just before `start`, nested blocks of the same
    /// name skipped.
    static func matchingClose(
        of name: String, in markers: [(Range<String.Index>, TemplateMarker)], from start: Int
    ) -> Int? {
        var depth = 0
        for index in start..<markers.count {
            switch markers[index].1 {
            case .open(name): depth += 1
            case .close(name) where depth == 0: return index
            case .close(name): depth -= 1
            default: break
            }
        }
        return nil
    }
}
