import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Browser sessions in the database: the cookie holds a random token, the table its hash.
struct SessionStore {
    static let cookieName = "nastavnik_session"

    let db: any Database
    let clock: Clock
    var policy = SessionPolicy()

    /// The live session for a cookie value; an expired one is deleted and counts as none.
    func find(token: String) async throws -> WebSessionModel? {
        guard
            let session = try await WebSessionModel.query(on: db).filter(\.$tokenHash == Secrets.sha256(token)).first()
        else {
            return nil
        }
        let now = clock.now()
        // Both writes pass the write gate, as `APITokenService` explains.
        if policy.isExpired(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now) {
            try await db.atomically { db in try await session.delete(on: db) }
            return nil
        }
        // Writing on every request would double the load; a minute of precision is enough for a 30-minute timeout.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try await db.atomically { db in try await session.save(on: db) }
        }
        return session
    }

    /// A new session with a new token and CSRF token; the old one, if any, is gone. Sign-in and sign-out call this,
    /// so a session id never survives either.
    func start(
        accountID: UUID?, replacing old: WebSessionModel?
    ) async throws -> (token: String, session: WebSessionModel) {
        if let old { try await old.delete(on: db) }
        let token = Secrets.token()
        let session = WebSessionModel(
            tokenHash: Secrets.sha256(token), accountID: accountID, csrfToken: Secrets.token(), now: clock.now())
        try await session.create(on: db)
        try await purgeExpired()
        return (token, session)
    }

    /// Sessions past the absolute or idle limit, removed now and then so the table stays small.
    private func purgeExpired() async throws {
        let now = clock.now()
        try await WebSessionModel.query(on: db)
            .group(.or) {
                $0.filter(\.$createdAt < now.addingTimeInterval(-policy.absoluteTimeout))
                    .filter(\.$lastSeenAt < now.addingTimeInterval(-policy.idleTimeout))
            }
            .delete()
    }

    func cookie(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, maxAge: Int(policy.absoluteTimeout), path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }
}
