import Foundation

/// Lists and small structures kept in one text column as JSON: the same on SQLite and PostgreSQL.
package enum StoredJSON {
    package static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// The stored value, or `fallback` when the column holds something unreadable.
    package static func decode<T: Decodable>(_ type: T.Type, _ text: String, fallback: T) -> T {
        (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
    }

    /// A stored list, an empty one without `JSONDecoder`.
    package static func decode<E: Decodable>(_ type: [E].Type, _ text: String, fallback: [E]) -> [E] {
        text == "[]" ? [] : (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
    }

    /// A stored list of texts: read in one pass where it can be (`StoredTexts`), else as any other value.
    package static func decode(_ type: [String].Type, _ text: String, fallback: [String]) -> [String] {
        StoredTexts.parse(text) ?? (try? JSONDecoder().decode(type, from: Data(text.utf8))) ?? fallback
    }
}
