import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The first page after sign-in: cards that later parts of the program fill.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: show)
    }

    func show(req: Request) async throws -> Response {
        let scope = try req.scope()
        // Mentors, mentees and legal representatives have a home of their own: their pairs, meetings and wards.
        if !scope.user.isStaff {
            return req.redirect(to: SiteURL.myMentoring.path)
        }
        let home = try await StaffHome.load(scope)
        let deadlines = try RoadmapDeadlines(try await RoadmapService(scope: scope).accessible(), today: scope.today)
        return try await req.view.render(
            "dashboard",
            DashboardContext(
                meta: req.pageMeta("Главная", scopeName: home.single?.name), home: home, deadlines: deadlines)
        ).encodeResponse(for: req)
    }
}
