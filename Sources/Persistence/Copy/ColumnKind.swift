import Foundation
import SQLKit

/// How a column's values travel between the two drivers: the Swift type each one reads and writes the same way
/// Fluent does. When PostgreSQL is one side its catalog says which (SQLite declares booleans and integers alike);
/// between two SQLite files the declared type is enough, since both store the same way.
enum ColumnKind: Sendable, Equatable {
    case uuid, string, bool, int, double, date, data, json, strings

    /// The kind of a column by the type Fluent declared for it in SQLite.
    init?(sqliteType type: String) {
        switch type.uppercased() {
        case "UUID": self = .uuid
        case "TEXT": self = .string
        case "INTEGER": self = .int
        case "DOUBLE": self = .double
        case "REAL": self = .date
        case "BLOB": self = .data
        case "JSON": self = .json
        default: return nil
        }
    }

    /// The kind of a PostgreSQL column by `information_schema.columns`' `data_type` and `udt_name`.
    init?(postgresType type: String, udt: String) {
        switch type {
        case "uuid": self = .uuid
        case "text", "character varying", "character": self = .string
        case "boolean": self = .bool
        case "bigint", "integer", "smallint": self = .int
        case "double precision", "real", "numeric": self = .double
        case "timestamp with time zone", "timestamp without time zone", "date": self = .date
        case "bytea": self = .data
        case "jsonb", "json": self = .json
        case "ARRAY" where udt == "_text" || udt == "_varchar": self = .strings
        default: return nil
        }
    }

    /// The column as the source's SELECT reads it: PostgreSQL's JSON as text, so either driver reads a string.
    func selected(_ name: String, from source: any SQLDatabase) -> any SQLExpression {
        guard self == .json, !source.isSQLite else { return SQLIdentifier(name) }
        return SQLAlias(SQLCast(SQLIdentifier(name), as: "text"), as: SQLIdentifier(name))
    }

    /// The value of a row's column as a bind for the target (PostgreSQL's JSON cast back from text).
    func value(of row: any SQLRow, column: String, into target: any SQLDatabase) throws -> any SQLExpression {
        let bind: any Encodable & Sendable
        switch self {
        case .uuid: bind = try row.decode(column: column, as: UUID?.self)
        case .string: bind = try row.decode(column: column, as: String?.self)
        case .bool: bind = try row.decode(column: column, as: Bool?.self)
        case .int: bind = try row.decode(column: column, as: Int?.self)
        case .double: bind = try row.decode(column: column, as: Double?.self)
        case .date: bind = try row.decode(column: column, as: Date?.self)
        case .data: bind = try row.decode(column: column, as: Data?.self)
        case .json: bind = try row.decode(column: column, as: String?.self)
        case .strings: bind = try row.decode(column: column, as: [String]?.self)
        }
        guard self == .json, !target.isSQLite else { return SQLBind(bind) }
        return SQLCast(SQLBind(bind), as: "jsonb")
    }
}

/// `CAST(expression AS type)`.
struct SQLCast: SQLExpression {
    let expression: any SQLExpression
    let type: String

    init(_ expression: any SQLExpression, as type: String) {
        self.expression = expression
        self.type = type
    }

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CAST(")
        expression.serialize(to: &serializer)
        serializer.write(" AS \(type))")
    }
}
