import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// The electronic-consent page of a personal link (no sign-in: the link's secret is the key), and the button a
/// signed-in representative or adult participant uses to open one for themselves.
struct ConsentLinkController: RouteCollection {
    struct AnswerForm: Content {
        var give: [String]?
        var withdraw: [String]?
        var typedName: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.consentLink(":token")) { req in
            let pending = try await Self.links(req).pending(token: req.parameters.get("token") ?? "")
            return try await req.withVisitorSession {
                try await page(req, pending, failure: nil, typedName: nil, done: nil).encodeResponse(for: req)
            }
        }
        routes.post(.consentLink(":token"), use: answer)
    }
}

/// «Мои согласия» of a signed-in participant or legal representative.
struct MyConsentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myConsents) { req in
            let entries = try await MyConsents(scope: req.scope(), links: ConsentLinkController.links(req)).entries()
            return try await req.view.render(
                "consents/mine", MyConsentsPage(meta: req.pageMeta("Мои согласия"), entries: entries))
        }
        routes.post(.myConsentLink(.key)) { req in
            let token = try await MyConsents(scope: req.scope(), links: ConsentLinkController.links(req)).open(
                req.id("personID"))
            return req.redirect(to: SiteURL.consentLink(token).path)
        }
    }
}

extension ConsentLinkController {

    static func links(_ req: Request) -> ConsentLinks {
        ConsentLinks(
            db: req.db, clock: req.clock, requestID: req.id, outbox: req.outbox, link: req.application.links.consent)
    }

    private func page(
        _ req: Request, _ pending: ConsentLinks.Pending, failure: ValidationFailure?, typedName: String?,
        done: String?
    ) async throws -> View {
        try await req.view.render(
            "consents/link",
            ConsentLinkPage(
                meta: req.pageMeta("Согласие на участие в программе наставничества"), pending: pending,
                failure: failure,
                typedName: typedName, done: done))
    }

    func answer(req: Request) async throws -> Response {
        let form = try req.content.decode(AnswerForm.self)
        let token = req.parameters.get("token") ?? ""
        let kinds = (form.give ?? []).compactMap(Consent.Kind.init(rawValue:))
        let withdrawn = (form.withdraw ?? []).compactMap(UUID.init(uuidString:))
        do {
            let pending = try await Self.links(req).answer(
                token: token, give: kinds, withdraw: withdrawn, typedName: form.typedName,
                address: req.clientAddress ?? "unknown")
            var done: [String] = []
            if !kinds.isEmpty { done.append("Подписано согласий: \(kinds.count).") }
            if !withdrawn.isEmpty { done.append("Отозвано согласий: \(withdrawn.count).") }
            return try await page(req, pending, failure: nil, typedName: nil, done: done.joined(separator: " "))
                .encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            let pending = try await Self.links(req).pending(token: token)
            return try await page(req, pending, failure: failure, typedName: form.typedName, done: nil)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }
}
