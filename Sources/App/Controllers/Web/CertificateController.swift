import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Certificates of no criminal record: a person's page with the history and the form, the scan, and the
/// organization's list of mentors of minors who need one.
struct CertificateController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.personCertificates(.key), use: show)
        routes.post(.personCertificates(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: record)
        routes.get(.certificateScan(person: .key, certificate: .key), use: scan)
        routes.get(.organizationCertificates(.key), use: roster)
        routes.post(.organizationCertificates(.key), use: settings)
    }

    func show(req: Request) async throws -> View {
        try await req.render(page(req, input: .init(), failure: nil))
    }

    func record(req: Request) async throws -> Response {
        let input = try req.content.decode(CriminalRecordCertificateInput.self)
        let upload = ScanUpload(req, field: "scan")
        let personID = try req.id("personID")
        return try await req.submit(
            {
                _ = try await CertificateService(scope: req.scope()).record(personID, input: input, scan: upload)
                return try await req.redirect(
                    to: SiteURL.personCertificates(.id(personID)).path, notice: "Справка внесена.")
            },
            form: { try await page(req, input: input, failure: $0) })
    }

    func scan(req: Request) async throws -> Response {
        let scan = try await CertificateService(scope: req.scope()).scan(
            req.id("certificateID"), of: req.id("personID"))
        return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
    }

    func roster(req: Request) async throws -> View {
        try await rosterPage(req, typed: nil, problem: nil)
    }

    struct SettingsForm: Content { var validityMonths: String? }

    func settings(req: Request) async throws -> Response {
        let form = try req.content.decode(SettingsForm.self)
        let id = try req.id("organizationID")
        return try await req.applyChange(
            {
                let months = try await CertificateService(scope: req.scope()).setValidity(
                    id, months: form.validityMonths)
                return (SiteURL.organizationCertificates(.id(id)).path, "Срок действия справки: \(months) мес.")
            },
            page: { try await rosterPage(req, typed: form.validityMonths, problem: $0) })
    }

    private func page(
        _ req: Request, input: CriminalRecordCertificateInput, failure: ValidationFailure?
    ) async throws -> CertificatePageContext {
        let card = try await CertificateService(scope: req.scope()).card(req.id("personID"))
        let org = card.organization
        let meta = req.pageMeta(
            "Справка об отсутствии судимости",
            breadcrumbs: try PeopleController.crumbs(org) + [
                Link(card.person.details.shortName, .person(.id(try card.person.requireID())))
            ],
            scopeName: org.shortName)
        return try CertificatePageContext(
            meta: meta, notice: req.notice, card: card, validityMonths: org.certificateValidityMonths, input: input,
            failure: failure)
    }

    /// The list with the validity form; after a refused change, the form holds what was typed and the message.
    private func rosterPage(_ req: Request, typed: String?, problem: String?) async throws -> View {
        let roster = try await CertificateService(scope: req.scope()).roster(req.id("organizationID"))
        let org = roster.organization
        let meta = req.pageMeta(
            "Справки об отсутствии судимости",
            breadcrumbs: [Link(org.shortName, .organization(.id(try org.requireID())))], scopeName: org.shortName)
        return try await req.view.render(
            "people/certificate-roster",
            try CertificateRosterContext(
                meta: meta, notice: req.notice, roster: roster, typed: typed, problem: problem))
    }
}
