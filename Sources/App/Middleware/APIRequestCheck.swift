import Foundation
import MentoringCore
import Vapor

/// Requests to the API are checked against the OpenAPI document before the call runs. Query parameters: a value
/// outside the declared values, a date or id that is not one, a number out of range or a parameter given twice. The
/// JSON body's top-level fields: a value outside the declared values, or an id that is not one. Each is a 422 naming
/// the field — never silently ignored. Undeclared parameters and fields are left to the call.
struct APIRequestCheck: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let route = request.route, let operation = Self.operation(route) {
            var failure = Self.queryProblems(request, operation)
            if let name = operation.request, request.headers.contentType == .json {
                failure.merge(try await Self.bodyProblems(request, schema: name))
            }
            try failure.throwIfAny()
        }
        return try await next.respond(to: request)
    }

    /// The top-level text fields of a JSON body against the declared values and formats.
    static func bodyProblems(_ request: Request, schema name: String) async throws -> ValidationFailure {
        var failure = ValidationFailure()
        let limit = request.application.routes.defaultMaxBodySize.value
        guard let body = try await request.body.collect(max: limit).get(),
            let fields = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
            case .object(let declared)? = OpenAPISchemas.named(name)?["properties"]
        else { return failure }
        for (field, schema) in declared {
            guard let value = fields[field] as? String, let problem = problem(value, schema) else { continue }
            failure.add(field, "Поле «\(field)»: \(problem)")
        }
        return failure
    }

    static func queryProblems(_ request: Request, _ operation: OpenAPIDocument.Operation) -> ValidationFailure {
        var failure = ValidationFailure()
        if let items = URLComponents(string: request.url.string)?.queryItems, !items.isEmpty {
            for (name, schema) in operation.query {
                let values = items.filter { $0.name == name }.map { $0.value ?? "" }
                if values.count > 1 {
                    failure.add(name, "Укажите параметр «\(name)» один раз.")
                } else if let value = values.first, let problem = problem(value, schema) {
                    failure.add(name, "Параметр «\(name)»: \(problem)")
                }
            }
        }
        return failure
    }

    /// The document's operation of a route under `/api/v1`.
    static func operation(_ route: Route) -> OpenAPIDocument.Operation? {
        let path =
            "/"
            + route.path.dropFirst(2).map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
        let method = route.method.rawValue.lowercased()
        return OpenAPIDocument.operations.first { $0.path == path && $0.method == method }
    }

    static func problem(_ value: String, _ schema: JSONValue) -> String? {
        if case .array(let allowed)? = schema["enum"], !allowed.contains(where: { $0.text == value }) {
            return "одно из значений " + allowed.compactMap(\.text).joined(separator: ", ") + "."
        }
        switch schema["format"]?.text {
        case "uuid" where UUID(uuidString: value) == nil: return "ожидается идентификатор (UUID)."
        case "date" where CalendarDate(parsing: value) == nil: return "ожидается дата ГГГГ-ММ-ДД."
        default: break
        }
        guard schema["type"]?.text == "integer" else { return nil }
        guard let number = Int(value) else { return "ожидается целое число." }
        if case .int(let minimum)? = schema["minimum"], number < minimum { return "не меньше \(minimum)." }
        if case .int(let maximum)? = schema["maximum"], number > maximum { return "не больше \(maximum)." }
        return nil
    }
}
