import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// «Учётные записи участников» of a program: invitations in bulk and the printed sheet of sign-in codes.
struct ProgramAccountsController: RouteCollection {
    struct AudienceForm: Content {
        var audience: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programAccounts(.key)) { req in
            let audience = (try? req.query.get(String.self, at: "audience")).flatMap(ProgramAccounts.Audience.init)
            return try await render(req, audience ?? .mentors, notice: nil)
        }
        routes.post(.programAccountsInvite(.key), use: invite)
        routes.post(.programAccountsCodes(.key), use: codes)
    }

    private func service(_ req: Request) throws -> ProgramAccounts {
        ProgramAccounts(scope: try req.scope(), invitations: try AccountsController.invitations(req))
    }

    /// The audience of the form; a foreign program answers 404 before a missing choice answers 422.
    private func audience(_ req: Request) async throws -> ProgramAccounts.Audience {
        guard let audience = try req.content.decode(AudienceForm.self).audience.flatMap(ProgramAccounts.Audience.init)
        else {
            _ = try await service(req).candidates(req.id("programID"), .mentors)
            throw ValidationFailure(fields: ["audience": "Выберите, кому выдать учётные записи."])
        }
        return audience
    }

    private func render(_ req: Request, _ audience: ProgramAccounts.Audience, notice: String?) async throws -> View {
        let (context, candidates) = try await service(req).candidates(req.id("programID"), audience)
        let crumbs = [
            Link(context.organization.shortName, .organization(.id(try context.organization.requireID()))),
            Link(context.program.title, .program(.id(context.id))),
        ]
        return try await req.view.render(
            "accounts/program",
            ProgramAccountsPage(
                meta: req.pageMeta(
                    "Учётные записи участников", breadcrumbs: crumbs, scopeName: context.organization.shortName),
                programID: context.id, audience: audience, candidates: candidates, mailConfigured: req.outbox != nil,
                notice: notice))
    }

    func invite(req: Request) async throws -> View {
        let audience = try await audience(req)
        let (_, issued) = try await service(req).inviteByMail(req.id("programID"), audience)
        let notice =
            req.outbox == nil
            ? "Создано приглашений: \(issued.count). Почта не настроена: ссылки — на странице «Учётные записи»."
            : "Приглашений поставлено в очередь на отправку: \(issued.count)."
        return try await render(req, audience, notice: notice)
    }

    func codes(req: Request) async throws -> Response {
        let audience = try await audience(req)
        let (context, issued) = try await service(req).printCodes(req.id("programID"), audience)
        guard !issued.isEmpty else {
            return try await render(req, audience, notice: "Без e-mail никого нет: печатать нечего.").encodeResponse(
                for: req)
        }
        let cards = try issued.map { item in
            SignInCodeSheet.Card(
                name: item.invitation.displayName, detail: nil,
                code: SignInCode.formatted(item.code ?? ""), svg: try QRCode(item.link).svg(pixels: 150),
                link: item.link)
        }
        let sheet = SignInCodeSheet(
            title: context.program.title + ": " + audience.title.lowercased(),
            organization: context.organization.shortName,
            backURL: SiteURL.programAccounts(.id(context.id)).path + "?audience=\(audience.rawValue)",
            enterURL: req.application.config.appURL + SiteURL.enterCode.path,
            expires: issued[0].invitation.expiresAt.russianDateTime, cards: cards)
        return try await req.view.render("accounts/codes", sheet).encodeResponse(for: req)
    }
}
