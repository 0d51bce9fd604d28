import Foundation
import PostgresKit
import PostgresNIO
import SQLKit

/// A row of a statement run by name. The column types the app reads most are decoded by PostgresNIO's decoder for
/// that very type, as PostgresKit's row decodes them after finding that decoder by dynamic casts for every value (a
/// fifth of a page of people); any other type, and a value that decoder refuses, goes to PostgresKit's row, which
/// decodes it as before or explains the refusal.
struct PostgresCellRow: SQLRow {
    let row: PostgresRow
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row
        cells = PostgresRandomAccessRow(row)
    }

    var allColumns: [String] { cells.map(\.columnName) }

    func contains(column: String) -> Bool { cells.contains(column) }

    func decodeNil(column: String) throws -> Bool {
        !cells.contains(column) || cells[column].bytes == nil
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        if cells.contains(column), let value = cells[column].known(as: D.self) { return value }
        return try row.sql(decodingContext: .default).decode(column: column, as: D.self)
    }
}

extension PostgresCell {
    /// The value as `D`, when `D` is one of the plain types (or its optional) and the cell is not one PostgresKit
    /// reads its own way (a numeric, a type of the database's own); nil otherwise, or when the value does not decode.
    func known<D>(as type: D.Type) -> D? {
        guard dataType != .numeric, !dataType.isUserDefined else { return nil }
        if let plain = plain(as: D.self) { return plain }
        return optional(as: D.self)
    }

    private func plain<D>(as type: D.Type) -> D? {
        switch ObjectIdentifier(D.self) {
        case ObjectIdentifier(String.self): decoded(String.self, as: D.self)
        case ObjectIdentifier(UUID.self): decoded(UUID.self, as: D.self)
        case ObjectIdentifier(Int.self): decoded(Int.self, as: D.self)
        case ObjectIdentifier(Bool.self): decoded(Bool.self, as: D.self)
        case ObjectIdentifier(Date.self): decoded(Date.self, as: D.self)
        case ObjectIdentifier(Double.self): decoded(Double.self, as: D.self)
        default: nil
        }
    }

    /// `Optional` of one of the plain types: NULL is `nil`, anything else decodes as the plain type or not at all.
    private func optional<D>(as type: D.Type) -> D? {
        switch ObjectIdentifier(D.self) {
        case ObjectIdentifier(String?.self): decodedOptional(String.self, as: D.self)
        case ObjectIdentifier(UUID?.self): decodedOptional(UUID.self, as: D.self)
        case ObjectIdentifier(Int?.self): decodedOptional(Int.self, as: D.self)
        case ObjectIdentifier(Bool?.self): decodedOptional(Bool.self, as: D.self)
        case ObjectIdentifier(Date?.self): decodedOptional(Date.self, as: D.self)
        case ObjectIdentifier(Double?.self): decodedOptional(Double.self, as: D.self)
        default: nil
        }
    }

    private func decoded<T: PostgresDecodable, D>(_ plain: T.Type, as type: D.Type) -> D? {
        (try? decode(T.self)).flatMap { $0 as? D }
    }

    /// `D` is `T?`.
    private func decodedOptional<T: PostgresDecodable, D>(_ plain: T.Type, as type: D.Type) -> D? {
        guard bytes != nil else { return T?.none as? D }
        return (try? decode(T.self)).flatMap { T?.some($0) as? D }
    }
}
