import Foundation
import MentoringCore
import SQLKit
import SQLiteNIO

/// A row whose stored values can be handed out as they are: the app's inline SQLite rows.
package protocol StoredValueRow: SQLRow {
    /// The column's stored value; nil when the row has no such column.
    func storedValue(_ column: String) -> SQLiteData?
}

/// Reads a row's columns by their types. A stored value the row hands out is converted as its type is known where
/// the reader is called; otherwise, and for a value that does not convert, the row's own decoder reads it (and
/// explains a refusal). Through `any SQLRow` every value went through the generic decoder, which looks up type
/// metadata for each: a fifth of a page of people.
/// With a `prefix`, every column is read as the prefix and its name: the columns one table brought into a join.
package struct ColumnReader {
    private let row: any SQLRow
    private let stored: (any StoredValueRow)?
    private let prefix: String

    package init(_ row: any SQLRow) {
        self.init(row, prefix: "")
    }

    package init(_ row: any SQLRow, prefix: String) {
        self.row = row
        stored = row as? any StoredValueRow
        self.prefix = prefix
    }

    package func decodeNil(column: String) throws -> Bool {
        let column = prefixed(column)
        if let value = stored?.storedValue(column) { return value.isNull }
        return try row.decodeNil(column: column)
    }

    package func decode<T: Decodable>(column: String, as type: T.Type) throws -> T {
        let column = prefixed(column)
        if let value = stored?.storedValue(column), let converted = value.converted(as: T.self) { return converted }
        return try row.decode(column: column, as: T.self)
    }

    private func prefixed(_ column: String) -> String { prefix.isEmpty ? column : prefix + column }

    /// An optional column read as a NULL check and then the value's own conversion: SQLite's decoder has no direct
    /// conversion for `Optional` and goes through a generic unwrapping decoder, several times slower per value.
    package func optional<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: T.self)
    }

    /// A stored `YYYY-MM-DD` day read as its text and parsed, as `CalendarDate`'s `Decodable` reads it but without
    /// the drivers' nested decoder per value.
    package func day(_ column: String) throws -> CalendarDate {
        let text = try decode(column: column, as: String.self)
        guard let day = CalendarDate(parsing: text) else { throw Self.corrupted(column, "not a date: \(text)") }
        return day
    }

    package func optionalDay(_ column: String) throws -> CalendarDate? {
        try decodeNil(column: column) ? nil : day(column)
    }

    /// A stored case of an enumeration read as its text, as its `Decodable` reads it.
    package func value<R: RawRepresentable>(_ column: String, as type: R.Type) throws -> R where R.RawValue == String {
        let text = try decode(column: column, as: String.self)
        guard let value = R(rawValue: text) else { throw Self.corrupted(column, "not a \(R.self): \(text)") }
        return value
    }

    package func optionalValue<R: RawRepresentable>(
        _ column: String, as type: R.Type
    ) throws -> R? where R.RawValue == String {
        try decodeNil(column: column) ? nil : value(column, as: R.self)
    }

    private static func corrupted(_ column: String, _ problem: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "\(column): \(problem)"))
    }
}
