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
}
