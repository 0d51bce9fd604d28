import Fluent
import FluentKit
import Foundation
import Persistence
import Vapor

/// Every state-changing form carries the session's CSRF token in `_csrf`; a request without it changes nothing.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    /// Forms with a file are the largest bodies the site takes.
    static let maxBody: ByteCount = "21mb"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST else { return try await next.respond(to: request) }
        // Reading the token needs the body; only forms with a file may be larger than the app's default limit.
        let limit =
            request.headers.contentType == .formData ? Self.maxBody : request.application.routes.defaultMaxBodySize
        _ = try await request.body.collect(max: limit.value).get()
        let sent = try? request.content.get(String.self, at: Self.field)
        guard let session = request.webSession, let sent, sent == session.csrfToken else {
            throw Abort(
                .forbidden, reason: "Форма устарела или отправлена не с этого сайта. Обновите страницу и повторите.")
        }
        return try await next.respond(to: request)
    }
}
