import Foundation

/// What a snapshot keeps of a response: the words and markup a user gets, without what differs on every run
/// (ids, the form's CSRF token, the secrets of links).
enum SurfaceText {
    static func normalized(_ text: String) -> String {
        text.replacing(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/, with: "<id>")
            .replacing(/name="_csrf" value="[^"]*"/, with: #"name="_csrf" value="<csrf>""#)
            .replacing(/[A-Za-z0-9_-]{40,}/, with: "<secret>")
            .replacing(/d="(M\d+ \d+h1v1h-1z)+"/, with: #"d="<QR code of a secret>""#)
    }

    /// A page's title and its main part; the header, the menu and the footer are the layout's, kept once per role.
    static func page(_ html: String) -> String {
        let title = html.firstMatch(of: /<title>([^<]*)<\/title>/).map { String($0.1) } ?? ""
        guard let start = html.range(of: "<main"),
            let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex)
        else { return normalized(html) }
        return normalized("<title>\(title)</title>\n" + html[start.lowerBound..<end.upperBound])
    }

    /// A JSON value's shape: objects with their keys in order, each value as its type; arrays as the shapes of their
    /// items, each shape once.
    static func shape(_ json: String) -> String {
        guard let tree = try? JSONTree.parse(json) else { return "not JSON: \(json.prefix(200))" }
        return JSONShape(tree).text(indent: "")
    }
}

/// A JSON value reduced to its type: `string`, `number`, `boolean`, `null`, or its fields' and items' shapes.
indirect enum JSONShape: Equatable {
    case scalar(String)
    case array([JSONShape])
    case object([String: JSONShape])

    init(_ tree: JSONTree) {
        switch tree {
        case .null: self = .scalar("null")
        case .bool: self = .scalar("boolean")
        case .number: self = .scalar("number")
        case .string: self = .scalar("string")
        case .array(let items):
            self = .array(
                items.map(JSONShape.init).reduce(into: []) { kinds, kind in
                    if !kinds.contains(kind) { kinds.append(kind) }
                })
        case .object(let fields): self = .object(fields.mapValues(JSONShape.init))
        }
    }

    func text(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .scalar(let name): return name
        case .array(let items):
            return items.isEmpty
                ? "[]"
                : "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: "\n")
                    + "\n\(indent)]"
        case .object(let fields):
            let lines = fields.keys.sorted().map { "\(inner)\($0): \(fields[$0]!.text(indent: inner))" }
            return lines.isEmpty ? "{}" : "{\n" + lines.joined(separator: "\n") + "\n\(indent)}"
        }
    }
}
