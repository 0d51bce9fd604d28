import FluentKit
import FluentSQL
import SQLKit

/// A row as Fluent reads a model from it: a field's column carries the schema's prefix (`people_surname`).
struct SQLRowOutput: DatabaseOutput {
    let row: any SQLRow
    var schema: String? = nil

    var description: String { String(describing: row) }

    func schema(_ schema: String) -> any DatabaseOutput { SQLRowOutput(row: row, schema: schema) }
    func contains(_ key: FieldKey) -> Bool { row.contains(column: column(key)) }
    func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: column(key)) }

    func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T {
        try row.decode(column: column(key), as: T.self)
    }

    private func column(_ key: FieldKey) -> String {
        (schema.map { .prefix(.prefix(.string($0), "_"), key) } ?? key).description
    }
}

extension DatabaseQuery {
    /// The query as Fluent's SQL drivers convert it: a new row answers with its id.
    var statement: any SQLExpression {
        let converted = SQLQueryConverter(delegate: QueryConverterDelegate()).convert(self)
        guard case .create = action, customIDKey != .some(.string("")) else { return converted }
        return SQLKit.SQLList(
            [converted, SQLReturning(SQLColumn((customIDKey ?? .id).description))], separator: SQLRaw(" "))
    }
}

/// Fluent's queries as the drivers convert them: their own delegates differ only in the types of a schema.
private struct QueryConverterDelegate: SQLConverterDelegate {
    func customDataType(_ dataType: DatabaseSchema.DataType) -> (any SQLExpression)? { nil }
}
