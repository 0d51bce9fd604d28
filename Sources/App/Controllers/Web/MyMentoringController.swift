import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A mentor's or a mentee's own page (a representative's for their ward), and the bell of notifications.
struct MyMentoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myMentoring, use: mine)
        routes.get(.notifications, use: notifications)
        routes.post(.notifications, use: markRead)
    }

    func mine(req: Request) async throws -> View {
        let home = try await ParticipantService(scope: req.scope()).home()
        return try await req.view.render(
            "my/home", MyMentoringContext(meta: req.pageMeta("Моё наставничество"), home: home))
    }

    func notifications(req: Request) async throws -> View {
        let notifications = try await ParticipantService(scope: req.scope()).notifications()
        return try await req.view.render(
            "my/notifications",
            NotificationsContext(meta: req.pageMeta("Уведомления"), notifications: notifications))
    }

    func markRead(req: Request) async throws -> Response {
        try await ParticipantService(scope: req.scope()).markRead()
        return req.redirect(to: SiteURL.notifications.path)
    }
}
