import Fluent
import FluentKit
import Foundation
import Persistence
import Vapor

/// The one-time message after a change. The change stores it in the session and redirects; the next page shown
/// by GET shows it and clears it. The address never carries it, so nobody can make the site show a message by a link.
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

    /// Offers the session's notice to a page taken by GET.
    func offerNotice(from session: WebSessionModel) {
        guard method == .GET, let notice = session.notice else { return }
        storage[NoticeKey.self] = notice
    }

    /// A page shown (HTML, 200) has shown the notice: it is cleared, so a reload or a second tab does not show it
    /// again. A download in between leaves it for the page.
    func settleNotice(after response: Response) async throws {
        guard notice != nil, response.status == .ok, response.headers.contentType == .html,
            let id = webSession?.id
        else { return }
        try await WebSessionModel.query(on: db).filter(\.$id == id).set(\.$notice, to: nil).update()
    }
}
