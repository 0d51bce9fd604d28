import PostgresNIO

/// A statement run by name: PostgresNIO prepares it on a connection the first time that connection runs it, keeps it
/// as long as the connection lives, and after that sends only its name and values. PostgresNIO knows a prepared
/// statement by its type; this one type takes the name, text and parameter types of the statement at hand from
/// the task (`current`), set around each run.
struct NamedStatement: PostgresPreparedStatement {
    typealias Row = PostgresRow

    /// What PostgreSQL is told when the statement is prepared.
    struct Text: Sendable {
        let name: String
        let sql: String
        let types: [PostgresDataType]
    }

    @TaskLocal static var current = Text(name: "", sql: "", types: [])

    static var name: String { current.name }
    static var sql: String { current.sql }
    static var bindingDataTypes: [PostgresDataType] { current.types }

    let bindings: PostgresBindings

    func makeBindings() -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }

    /// A statement's values as PostgresKit binds them, with the type of each (an empty value's is left for
    /// PostgreSQL to infer); nil when one is a value PostgresKit would encode otherwise (as JSON, say), and the
    /// statement is then left to the driver.
    static func bindings(of values: [any Encodable & Sendable]) throws -> (PostgresBindings, [PostgresDataType])? {
        var bindings = PostgresBindings(capacity: values.count)
        var types: [PostgresDataType] = []
        types.reserveCapacity(values.count)
        for value in values {
            if let optional = value as? any OptionalValue, optional.isNone {
                bindings.appendNull()
                types.append(.null)
            } else if let known = value as? any PostgresThrowingDynamicTypeEncodable {
                try bindings.append(known, context: .default)
                types.append(known.psqlType)
            } else {
                return nil
            }
        }
        return (bindings, types)
    }
}

/// An optional value, whatever it wraps: tells an empty one.
private protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    fileprivate var isNone: Bool { self == nil }
}
