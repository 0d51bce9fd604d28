import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// The body of every API error: `{"error": {"code", "message", "fields"}}`.
struct APIErrorBody: Content {
    struct Detail: Content {
        var code: String
        var message: String
        var fields: [String: String]
    }
    var error: Detail
}

/// The one place errors become responses: JSON under `/api`, a Russian page elsewhere. Nothing a user sends
/// becomes a 500; a real 500 is logged and shown without details.
struct AppErrorMiddleware: AsyncMiddleware {
    struct ErrorPage: Encodable {
        var meta: PageMeta
        var status: Int
        var message: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            var (status, detail) = Self.describe(error)
            // The address has routes for other methods, and none for this one.
            let allowed =
                status == .notFound
                ? AllowedMethods.of(request.url.path, in: request.application.routes, taken: request.route) : []
            if !allowed.isEmpty {
                status = .methodNotAllowed
                detail = .init(
                    code: "method_not_allowed",
                    message: "Этот адрес принимает запросы "
                        + allowed.map(\.rawValue).joined(separator: ", ") + ".", fields: [:])
            }
            if status == .internalServerError {
                request.logger.report(error: error)
            } else if status == .serviceUnavailable {
                // The client is asked to retry; the operator sees how often the database was too busy, and why.
                request.logger.warning(
                    "the database was busy", metadata: ["cause": "\(DatabaseContention.cause(of: error))"])
            }
            let response: Response
            if Self.speaksJSON(request.url.path) {
                response = Response(status: status)
                try response.content.encode(APIErrorBody(error: detail), using: JSONEncoder.sortedKeys)
            } else {
                let page = ErrorPage(
                    meta: request.pageMeta(Self.title(status)), status: Int(status.code),
                    message: detail.message)
                response = try await request.view.render("error", page).encodeResponse(status: status, for: request)
            }
            if status == .serviceUnavailable { response.headers.replaceOrAdd(name: .retryAfter, value: "2") }
            if !allowed.isEmpty {
                response.headers.replaceOrAdd(name: .allow, value: allowed.map(\.rawValue).joined(separator: ", "))
            }
            return response
        }
    }

    /// The API and the operator's addresses (health checks, metrics) answer errors in JSON, not as pages.
    static func speaksJSON(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path.hasPrefix("/health/") || path == "/metrics"
    }

    static func describe(_ error: any Error) -> (HTTPResponseStatus, APIErrorBody.Detail) {
        switch error {
        case let failure as ValidationFailure:
            return (
                .unprocessableEntity, .init(code: "validation_failed", message: failure.message, fields: failure.fields)
            )
        case let refusal as MatchingRefusal:
            return (
                .unprocessableEntity,
                .init(code: "matching_refused", message: refusal.problems.joined(separator: " "), fields: [:])
            )
        case let refusal as ConsentRefusal:
            return (.conflict, .init(code: "consent_required", message: refusal.message, fields: [:]))
        case let domain as DomainError:
            return describe(domain)
        case is EditConflict:
            return (.conflict, .init(code: "edit_conflict", message: EditConflict.message, fields: [:]))
        case let decoding as DecodingError:
            return DecodingProblem.describe(decoding)
        case let malformed as MalformedForm:
            return (.badRequest, .init(code: "malformed_request", message: malformed.message, fields: [:]))
        case is PDFConversion.TimedOut:
            return (.gatewayTimeout, .init(code: "timeout", message: PDFConversion.TimedOut.message, fields: [:]))
        case let contention as DatabaseContention:
            return contention == .busy
                ? (.serviceUnavailable, .init(code: "busy", message: DatabaseContention.busyMessage, fields: [:]))
                : (.conflict, .init(code: "duplicate", message: DatabaseContention.duplicateMessage, fields: [:]))
        case let abort as any AbortError:
            let status = abort.status
            let message = abort.reason == status.reasonPhrase ? defaultMessage(status) : abort.reason
            return (status, .init(code: code(status), message: message, fields: [:]))
        default:
            if let contention = DatabaseContention(error) { return describe(contention) }
            return (
                .internalServerError,
                .init(code: "internal_error", message: defaultMessage(.internalServerError), fields: [:])
            )
        }
    }

    static func describe(_ error: DomainError) -> (HTTPResponseStatus, APIErrorBody.Detail) {
        switch error {
        case .notFound: (.notFound, .init(code: "not_found", message: defaultMessage(.notFound), fields: [:]))
        case .forbidden: (.forbidden, .init(code: "forbidden", message: defaultMessage(.forbidden), fields: [:]))
        case .refused(let message): (.forbidden, .init(code: "forbidden", message: message, fields: [:]))
        case .conflict(let message): (.conflict, .init(code: "conflict", message: message, fields: [:]))
        case .linkInvalid(let message): (.gone, .init(code: "link_invalid", message: message, fields: [:]))
        }
    }

    static func code(_ status: HTTPResponseStatus) -> String {
        switch status {
        case .badRequest: "malformed_request"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .conflict: "conflict"
        case .payloadTooLarge: "payload_too_large"
        case .tooManyRequests: "too_many_requests"
        case .unsupportedMediaType: "unsupported_media_type"
        default: status.code >= 500 ? "internal_error" : "request_failed"
        }
    }

    static func defaultMessage(_ status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: "Страница или объект не найдены."
        case .unauthorized: "Войдите в систему."
        case .forbidden: "Недостаточно прав."
        case .payloadTooLarge: "Слишком большой запрос или файл. Файлы принимаются размером до 20 МБ."
        case .badRequest: "Запрос не удалось разобрать."
        case .unsupportedMediaType: "Неподдерживаемый формат запроса."
        case .internalServerError: "Внутренняя ошибка. Мы записали её в журнал; попробуйте позже."
        default: status.reasonPhrase
        }
    }

    static func title(_ status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: "Не найдено"
        case .forbidden: "Нет доступа"
        case .gone: "Ссылка недействительна"
        default: "Ошибка"
        }
    }
}
