import Foundation

@testable import App

/// JSON as its six kinds, decoded strictly: a boolean is never a number and a number never a boolean.
indirect enum JSONTree: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? single.decode(Double.self) {
            self = .number(number)
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else if let list = try? single.decode([JSONTree].self) {
            self = .array(list)
        } else {
            self = .object(try single.decode([String: JSONTree].self))
        }
    }

    static func parse(_ text: String) throws -> JSONTree {
        try JSONDecoder().decode(JSONTree.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONTree? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    var text: String? { if case .string(let value) = self { return value } else { return nil } }

    /// The `enum` values of a schema of the document.
    static func declaredValues(_ schema: JSONValue) -> [String] {
        guard let data = try? JSONEncoder().encode(schema),
            let tree = try? JSONDecoder().decode(JSONTree.self, from: data),
            case .array(let values)? = tree["enum"]
        else { return [] }
        return values.compactMap(\.text)
    }
}

/// Checks a response against a schema of the OpenAPI document: types, enumerations, declared and required
/// properties, items. Returns what does not match, each with its path.
struct SchemaCheck {
    let schemas: [String: JSONTree]

    func problems(_ value: JSONTree, _ schema: JSONTree, at path: String) -> [String] {
        if let ref = schema["$ref"]?.text, let name = ref.split(separator: "/").last.map(String.init) {
            guard let target = schemas[name] else { return ["\(path): no schema \(name)"] }
            return problems(value, target, at: path)
        }
        let types: [String] =
            switch schema["type"] {
            case .string(let one)?: [one]
            case .array(let many)?: many.compactMap(\.text)
            default: []
            }
        if !types.isEmpty, !types.contains(where: { Self.matches(value, $0) }) {
            return ["\(path): \(value) is not \(types.joined(separator: "|"))"]
        }
        var found: [String] = []
        if case .array(let allowed)? = schema["enum"], case .string(let text) = value,
            !allowed.compactMap(\.text).contains(text)
        {
            found.append("\(path): «\(text)» is not among the declared values")
        }
        switch value {
        case .object(let fields):
            let declared: [String: JSONTree] = if case .object(let map)? = schema["properties"] { map } else { [:] }
            for (key, item) in fields {
                if let property = declared[key] {
                    found += problems(item, property, at: path + "." + key)
                } else if let extra = schema["additionalProperties"] {
                    if case .object = extra { found += problems(item, extra, at: path + "." + key) }
                } else if schema["properties"] != nil {
                    found.append("\(path).\(key): returned but not declared")
                }
            }
            if case .array(let required)? = schema["required"] {
                for key in required.compactMap(\.text) where fields[key] == nil {
                    found.append("\(path).\(key): declared required but absent")
                }
            }
        case .array(let items):
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
            }
        default: break
        }
        return found
    }

    static func matches(_ value: JSONTree, _ type: String) -> Bool {
        switch (value, type) {
        case (.null, "null"), (.bool, "boolean"), (.string, "string"), (.array, "array"), (.object, "object"),
            (.number, "number"):
            true
        case (.number(let number), "integer"): number.rounded() == number
        default: false
        }
    }
}
