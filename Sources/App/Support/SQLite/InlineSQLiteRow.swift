import FluentKit
import Foundation
import SQLKit
import SQLiteKit
import SQLiteNIO

/// A row an inline reader read, decoded as the driver decodes its own rows.
struct InlineSQLiteRow: SQLRow {
    /// The column names of a statement and where each is in its rows (the first of equal names).
    final class Columns: Sendable {
        let names: [String]
        let index: [String: Int]

        init(names: [String]) {
            self.names = names
            index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    let columns: Columns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }

    func contains(column: String) -> Bool { columns.index[column] != nil }

    func decodeNil(column: String) throws -> Bool {
        columns.index[column].map { values[$0] == .null } ?? true
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let offset = columns.index[column] else { throw MissingColumn(column: column) }
        let value = values[offset]
        if let converted = Self.converted(value, as: D.self) { return converted }
        return try SQLiteDataDecoder().decode(D.self, from: value)
    }

    /// The column types read most, converted as SQLiteNIO's decoder converts them, without its dynamic casts and
    /// its unwrapping decoder for an id or an optional (a third of the time a matching run spent reading rows).
    /// `nil` when the type is another one or the value does not convert: the decoder then decides, or explains.
    static func converted<D>(_ value: SQLiteData, as type: D.Type) -> D? {
        if let plain = plain(value, as: D.self) { return plain }
        return optional(value, as: D.self)
    }

    private static func plain<D>(_ value: SQLiteData, as type: D.Type) -> D? {
        switch ObjectIdentifier(D.self) {
        case ObjectIdentifier(String.self): String(sqliteData: value) as? D
        case ObjectIdentifier(UUID.self): uuid(value) as? D
        case ObjectIdentifier(Int.self): Int(sqliteData: value) as? D
        case ObjectIdentifier(Bool.self): Bool(sqliteData: value) as? D
        case ObjectIdentifier(Date.self): Date(sqliteData: value) as? D
        case ObjectIdentifier(Double.self): Double(sqliteData: value) as? D
        default: nil
        }
    }

    /// `Optional` of one of the plain types: NULL is `nil`, anything else converts as the plain type or not at all.
    private static func optional<D>(_ value: SQLiteData, as type: D.Type) -> D? {
        let converted: Any?? =
            switch ObjectIdentifier(D.self) {
            case ObjectIdentifier(String?.self): value.isNull ? .some(String?.none) : String(sqliteData: value)
            case ObjectIdentifier(UUID?.self): value.isNull ? .some(UUID?.none) : uuid(value)
            case ObjectIdentifier(Int?.self): value.isNull ? .some(Int?.none) : Int(sqliteData: value)
            case ObjectIdentifier(Bool?.self): value.isNull ? .some(Bool?.none) : Bool(sqliteData: value)
            case ObjectIdentifier(Date?.self): value.isNull ? .some(Date?.none) : Date(sqliteData: value)
            case ObjectIdentifier(Double?.self): value.isNull ? .some(Double?.none) : Double(sqliteData: value)
            default: nil
            }
        guard case .some(let result) = converted else { return nil }
        return result as? D
    }

    /// An id as SQLite keeps it: its text in the canonical 8-4-4-4-12 form, read without Foundation's parser (which
    /// calls `sscanf`: 5 % of a page of people). Any other text is left to the decoder.
    static func uuid(_ value: SQLiteData) -> UUID? {
        guard case .text(var text) = value else { return nil }
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var id: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let parsed = withUnsafeMutableBytes(of: &id) { out -> Bool in
                var position = 0
                for index in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        guard bytes[position] == UInt8(ascii: "-") else { return false }
                        position += 1
                    }
                    guard let high = hexDigit(bytes[position]), let low = hexDigit(bytes[position + 1]) else {
                        return false
                    }
                    out[index] = high << 4 | low
                    position += 2
                }
                return true
            }
            return parsed ? UUID(uuid: id) : nil
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    struct MissingColumn: Error {
        let column: String
    }

    /// A row as Fluent reads a model from it: a field's column carries the schema's prefix (`people_surname`).
    struct Output: DatabaseOutput {
        let row: any SQLRow
        var schema: String? = nil

        var description: String { String(describing: row) }

        func schema(_ schema: String) -> any DatabaseOutput { Output(row: row, schema: schema) }
        func contains(_ key: FieldKey) -> Bool { row.contains(column: column(key)) }
        func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: column(key)) }

        func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T {
            try row.decode(column: column(key), as: T.self)
        }

        private func column(_ key: FieldKey) -> String {
            (schema.map { .prefix(.prefix(.string($0), "_"), key) } ?? key).description
        }
    }
}
