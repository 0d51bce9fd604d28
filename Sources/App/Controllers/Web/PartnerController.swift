import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Partners that supply mentors: the organization's list with the form to add one, a partner's page, the cooperation
/// agreement's DOCX and its signed scan.
struct PartnerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.partners(.key)) { req in try await req.render(try await listPage(req, input: .init(), failure: nil))
        }
        routes.post(.partners(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: create)
        routes.get(.partner(.key)) { req in try await req.render(try await cardPage(req, input: nil, failure: nil)) }
        routes.post(.partner(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: update)
        routes.get(.partnerAgreement(.key)) { req in
            let (data, name) = try await PartnerService(scope: req.scope()).document(req.id("partnerID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
        routes.get(.partnerScan(.key)) { req in
            let scan = try await PartnerService(scope: req.scope()).scan(req.id("partnerID"))
            return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
        }
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(PartnerInput.self)
        let id = try req.id("organizationID")
        return try await req.submit(
            {
                let partner = try await PartnerService(scope: req.scope()).create(
                    in: id, input, scan: ScanUpload(req, field: "scan"))
                return try await req.redirect(
                    to: SiteURL.partner(.id(try partner.requireID())).path, notice: "Партнёр добавлен.")
            },
            form: { try await listPage(req, input: input, failure: $0) })
    }

    func update(req: Request) async throws -> Response {
        let input = try req.content.decode(PartnerInput.self)
        let id = try req.id("partnerID")
        return try await req.submit(
            {
                _ = try await PartnerService(scope: req.scope()).update(id, input, scan: ScanUpload(req, field: "scan"))
                return try await req.redirect(to: SiteURL.partner(.id(id)).path, notice: "Сохранено.")
            },
            form: { try await cardPage(req, input: input, failure: $0) })
    }

    private func listPage(
        _ req: Request, input: PartnerInput, failure: ValidationFailure?
    ) async throws -> PartnersPageContext {
        let (org, access, partners, counts) = try await PartnerService(scope: req.scope()).list(
            req.id("organizationID"))
        let id = try org.requireID()
        let meta = req.pageMeta(
            "Партнёры", breadcrumbs: [Link(org.shortName, .organization(.id(id)))], scopeName: org.shortName)
        return try PartnersPageContext(
            meta: meta, notice: req.notice, organization: id, access: access, partners: partners, counts: counts,
            today: req.clock.today, input: input, failure: failure)
    }

    private func cardPage(
        _ req: Request, input: PartnerInput?, failure: ValidationFailure?
    ) async throws -> PartnerPageContext {
        let card = try await PartnerService(scope: req.scope()).card(req.id("partnerID"))
        let org = card.organization
        let meta = req.pageMeta(
            card.partner.name,
            breadcrumbs: [
                Link(org.shortName, .organization(.id(try org.requireID()))),
                Link("Партнёры", .partners(.id(try org.requireID()))),
            ], scopeName: org.shortName)
        return try PartnerPageContext(
            meta: meta, notice: req.notice, card: card, today: req.clock.today, input: input, failure: failure)
    }
}
