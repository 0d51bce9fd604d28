import Fluent
import FluentKit
import Foundation
import Persistence
import Vapor

extension Request {
    private struct WebSessionKey: StorageKey { typealias Value = WebSessionModel }

    /// The browser session of this request, if the cookie named a live one.
    var webSession: WebSessionModel? {
        get { storage[WebSessionKey.self] }
        set { storage[WebSessionKey.self] = newValue }
    }

    var sessions: SessionStore { SessionStore(db: db, clock: clock) }
}

/// Loads the session named by the cookie and, when it is signed in, the user.
struct WebSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[SessionStore.cookieName]?.string,
            let session = try await request.sessions.find(token: token)
        {
            request.webSession = session
            request.offerNotice(from: session)
            // A blocked account's sessions count as none, on every node at once.
            if let accountID = session.$account.id,
                let account = try await SignedInAccount.find(accountID, on: request.db)
            {
                request.currentUser = AccountService.currentUser(account)
            }
        }
        let response = try await next.respond(to: request)
        try await request.settleNotice(after: response)
        return response
    }
}

/// Pages behind sign-in: a visitor goes to the sign-in page; a one-time password leads to the password form first.
struct RequireSignInMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.currentUser else {
            return request.redirect(to: SiteURL.login.path)
        }
        if user.mustChangePassword, request.url.path != SiteURL.account.path,
            request.url.path != SiteURL.accountPassword.path, request.url.path != SiteURL.logout.path
        {
            return request.redirect(to: SiteURL.account.path)
        }
        return try await next.respond(to: request)
    }
}

/// Counts the account's unread notifications for the bell in the header.
struct UnreadNotificationsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let account = request.currentUser?.accountID {
            request.storage[UnreadNotificationsKey.self] = try await NotificationModel.query(on: request.db)
                .filter(\.$account.$id == account).filter(\.$readAt == nil).count()
        }
        return try await next.respond(to: request)
    }
}
