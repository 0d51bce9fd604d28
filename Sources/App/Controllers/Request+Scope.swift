import Fluent
import Foundation
import Vapor

extension Request {
    private struct UserKey: StorageKey { typealias Value = CurrentUser }

    var currentUser: CurrentUser? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The scope of a signed-in request; routes behind the sign-in guard always have one.
    func scope() throws -> RequestScope {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return RequestScope(
            db: db, user: user, requestID: id, clock: clock, auditWriter: application.auditWriter,
            auditReceipts: auditReceipts, clientAddress: clientAddress, metrics: application.metrics)
    }

    /// The scope of a visitor of the public pages, who is not signed in (even when a session exists).
    func visitorScope() -> RequestScope {
        RequestScope(
            db: db, user: .visitor, requestID: id, clock: clock, auditWriter: application.auditWriter,
            auditReceipts: auditReceipts, clientAddress: clientAddress, metrics: application.metrics)
    }
}

extension MeetingService {
    /// The service with the request's user and the server's meeting settings.
    init(_ req: Request) throws {
        self.init(scope: try req.scope(), logDays: req.application.config.meetingLogDays, outbox: req.outbox)
    }
}
