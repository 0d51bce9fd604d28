import Fluent
import FluentKit
import Foundation
import Vapor

/// The one-time message after a change. The change stores it in the session and redirects; the next page taken by
/// GET shows it and clears it. The address never carries it, so nobody can make the site show a message by a link.
extension Request {
    private struct NoticeKey: StorageKey { typealias Value = String }

    /// The notice this page shows, taken from the session when the request came in.
    var notice: String? { storage[NoticeKey.self] }

    /// Redirects after a change, leaving the notice for the next page.
    func redirect(to url: String, notice: String?) async throws -> Response {
        if let notice, let id = webSession?.id {
            try await WebSessionModel.query(on: db).filter(\.$id == id).set(\.$notice, to: notice).update()
        }
        return redirect(to: url)
    }

    /// Takes the session's notice for a page: only a GET shows one, and it is cleared in the same step, so a
    /// second tab or a reload does not show it again.
    func takeNotice(from session: WebSessionModel) async throws {
        guard method == .GET, let notice = session.notice, let id = session.id else { return }
        storage[NoticeKey.self] = notice
        try await WebSessionModel.query(on: db).filter(\.$id == id).set(\.$notice, to: nil).update()
    }
}
