import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// «Исходящая почта» for the administrator, heads and curators.
struct OutboxController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.outbox, use: show)
        routes.post(.outboxRetry(.key), use: retry)
    }

    func show(req: Request) async throws -> View {
        let status = (try? req.query.get(String.self, at: "status")).flatMap(OutboxStatus.init(rawValue:))
        let (rows, counts) = try await OutboxService(scope: req.scope()).list(status: status)
        return try await req.view.render(
            "mail/outbox",
            OutboxPage(
                meta: req.pageMeta("Исходящая почта"), configured: req.outbox != nil, status: status, counts: counts,
                rows: rows))
    }

    func retry(req: Request) async throws -> Response {
        try await OutboxService(scope: req.scope()).retry(req.id("mailID"))
        return req.redirect(to: SiteURL.outbox.path + "?status=queued")
    }
}
