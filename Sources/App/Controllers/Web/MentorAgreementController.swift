import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The mentors' papers (Labour Code art. 351.8): a pair's consent and agreement with the payment and signing dates,
/// their DOCX, the organization's overview with the rule to require them, and the month's payments for the accountant.
struct MentorAgreementController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.mentorAgreement(.key)) { req in
            try await req.render(try await context(req, input: nil, failure: nil))
        }
        routes.post(.mentorAgreement(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: save)
        for kind in [DocumentKind.mentorConsent, .mentorAgreement] {
            routes.get(.mentorAgreementDocument(.key, kind: kind)) { req in
                let (data, name) = try await MentorAgreementService(scope: req.scope()).document(
                    req.id("mentorshipID"), kind: kind)
                return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
            }
        }
        for paper in [DocumentKind.mentorConsent, .mentorAgreement] {
            routes.get(.mentorPaperScan(.key, paper: paper)) { req in
                let scan = try await MentorAgreementService(scope: req.scope()).scan(
                    req.id("mentorshipID"), paper: paper)
                return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
            }
        }
        routes.get(.mentorAgreements(.key), use: overview)
        routes.post(.mentorAgreementSettings(.key), use: settings)
        routes.post(.mentorAgreementNumbering(.key), use: numbering)
        for format in ["xlsx", "csv"] {
            routes.get(.mentorPayments(.key, format: format)) { req in
                let list = try await MentorPaymentService(scope: req.scope()).export(
                    req.id("organizationID"), month: req.query[String.self, at: "month"])
                return try FileDownload.tabular(list, name: "Выплаты наставникам", format: format, req: req)
            }
        }
    }

    func save(req: Request) async throws -> Response {
        let input = try req.content.decode(MentorAgreementInput.self)
        let id = try req.id("mentorshipID")
        return try await req.submit(
            {
                var scans: [DocumentKind: ScanUpload] = [:]
                for paper in [DocumentKind.mentorConsent, .mentorAgreement] {
                    scans[paper] = ScanUpload(req, field: MentorAgreementService.scanField(paper))
                }
                _ = try await MentorAgreementService(scope: req.scope()).save(id, input, scans: scans)
                return try await req.redirect(to: SiteURL.mentorAgreement(.id(id)).path, notice: "Сохранено.")
            },
            form: { try await context(req, input: input, failure: $0) })
    }

    private func context(
        _ req: Request, input: MentorAgreementInput?, failure: ValidationFailure?
    ) async throws -> MentorAgreementPageContext {
        let card = try await MentorAgreementService(scope: req.scope()).card(req.id("mentorshipID"))
        let meta = req.pageMeta(
            "Согласие и соглашение наставника",
            breadcrumbs: [Link("Пара", .mentorship(.id(try card.mentorship.requireID())))],
            scopeName: card.access.organization.shortName)
        return try MentorAgreementPageContext(
            meta: meta, notice: req.notice, card: card, input: input, failure: failure)
    }

    func overview(req: Request) async throws -> Response {
        try await overviewPage(req, numbering: (nil, nil))
    }

    private func overviewPage(_ req: Request, numbering: (typed: String?, problem: String?)) async throws -> Response {
        let scope = try req.scope()
        let id = try req.id("organizationID")
        var error: String?
        var month = (year: req.clock.today.year, month: req.clock.today.month)
        do {
            month = try MentorPaymentService.month(req.query[String.self, at: "month"], today: req.clock.today)
        } catch let failure as ValidationFailure {
            error = failure.fields["month"]
        }
        let (org, access, rows) = try await MentorAgreementService(scope: scope).overview(id)
        let (_, payments) = try await MentorPaymentService(scope: scope).rows(id, year: month.year, month: month.month)
        let meta = req.pageMeta(
            "Согласия, соглашения и выплаты наставникам",
            breadcrumbs: [Link(org.shortName, .organization(.id(id)))], scopeName: org.shortName)
        let context = try MentorAgreementsContext(
            meta: meta, notice: req.notice, organization: org, access: access, rows: rows, month: month,
            payments: payments, error: error, numbering: numbering)
        return try await req.view.render("organizations/mentor-agreements", context)
            .encodeResponse(status: error == nil && numbering.problem == nil ? .ok : .unprocessableEntity, for: req)
    }

    func numbering(req: Request) async throws -> Response {
        let typed = try req.content.decode(OrderController.NumberingForm.self).numbering
        let id = try req.id("organizationID")
        do {
            let pattern = try await NumberingService(scope: req.scope()).set(id, kind: .mentorAgreement, pattern: typed)
            return try await req.redirect(
                to: SiteURL.mentorAgreements(.id(id)).path,
                notice: pattern.map { "Дополнительные соглашения нумеруются по шаблону «\($0)»." }
                    ?? "Номер соглашения вводится вручную.")
        } catch let failure as ValidationFailure {
            return try await overviewPage(req, numbering: (typed, failure.fields["numbering"]))
        }
    }

    func settings(req: Request) async throws -> Response {
        struct Form: Content { var required: String? }
        let id = try req.id("organizationID")
        let required = try req.content.decode(Form.self).required == "true"
        try await MentorAgreementService(scope: req.scope()).setRequirement(id, required: required)
        return try await req.redirect(
            to: SiteURL.mentorAgreements(.id(id)).path,
            notice: required
                ? "Пара приступит к работе только с подписанными согласием и соглашением наставника."
                : "Подписание документов наставника больше не условие начала работы пары.")
    }
}
