import Foundation
import Vapor

/// A request body or query that parsed but holds a value of the wrong kind names the field (422), like any other
/// refused field; only a body that does not parse at all is a 400.
enum DecodingProblem {
    static func describe(_ error: DecodingError) -> (HTTPResponseStatus, APIErrorBody.Detail) {
        let (path, message): ([any CodingKey], String)
        switch error {
        case .typeMismatch(let type, let context):
            (path, message) = (context.codingPath, "Неверный тип значения: ожидается \(expected(type)).")
        case .valueNotFound(let type, let context):
            (path, message) = (context.codingPath, "Нужно значение: \(expected(type)).")
        case .keyNotFound(let key, let context):
            (path, message) = (context.codingPath + [key], "Поле обязательно.")
        case .dataCorrupted(let context):
            (path, message) = (context.codingPath, "Значение не удалось разобрать.")
        @unknown default:
            (path, message) = ([], "")
        }
        let field = path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        guard !field.isEmpty else {
            return (
                .badRequest,
                .init(
                    code: "malformed_request",
                    message: "Запрос не удалось разобрать: проверьте JSON.", fields: [:])
            )
        }
        return (
            .unprocessableEntity,
            .init(
                code: "validation_failed", message: "Поле «\(field)»: \(message)",
                fields: [field: message])
        )
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: "текст"
        case is Int.Type, is Double.Type, is Decimal.Type: "число"
        case is Bool.Type: "true или false"
        case is UUID.Type: "идентификатор (UUID)"
        default: String(describing: type).hasPrefix("Array") ? "список" : "объект"
        }
    }
}
