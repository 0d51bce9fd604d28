import FluentKit
import Foundation
import Persistence
import SQLKit
import SQLiteKit
import SQLiteNIO

/// A row an inline reader read, decoded as the driver decodes its own rows; a `ColumnReader` reads its stored values
/// without the generic decoder.
struct InlineSQLiteRow: StoredValueRow {
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

    func storedValue(_ column: String) -> SQLiteData? { columns.index[column].map { values[$0] } }

    func decodeNil(column: String) throws -> Bool {
        storedValue(column)?.isNull ?? true
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let value = storedValue(column) else { throw MissingColumn(column: column) }
        if let converted = value.converted(as: D.self) { return converted }
        return try SQLiteDataDecoder().decode(D.self, from: value)
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
