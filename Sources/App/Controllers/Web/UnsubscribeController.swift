import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The `List-Unsubscribe` address of reminders: a page with one button, and the one-click POST mail clients send
/// (RFC 8058). No session and no CSRF token: the link's secret is the key, and it can only turn letters off.
struct UnsubscribeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unsubscribe(":token")) { req in
            _ = try await account(req)
            return try await req.view.render(
                "mail/unsubscribe", UnsubscribeContext(meta: req.pageMeta("Отписка от напоминаний"), done: false))
        }
        routes.post(.unsubscribe(":token")) { req in
            try await MailPreferences(db: req.db).unsubscribe(try await account(req))
            return try await req.view.render(
                "mail/unsubscribe", UnsubscribeContext(meta: req.pageMeta("Отписка от напоминаний"), done: true))
        }
    }

    private func account(_ req: Request) async throws -> AccountModel {
        guard
            let account = try await MailPreferences(db: req.db).account(
                unsubscribeToken: req.parameters.get("token") ?? "")
        else { throw DomainError.notFound }
        return account
    }
}
