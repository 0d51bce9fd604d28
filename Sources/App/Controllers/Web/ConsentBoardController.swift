import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// «Согласия»: the consents of a class or a program, printed forms, signed papers in one table, electronic links,
/// and the organization's consent texts.
struct ConsentBoardController: RouteCollection {
    /// The table of signed papers as the page and the API send it: person id → kinds, signer and date.
    struct EntryForm: Content {
        struct Row: Content {
            var kinds: [String]?
            var signedBy: String?
            var signedOn: String?
        }
        var rows: [String: Row]?

        func entries() throws -> [UUID: ConsentBoard.Entry] {
            var entries: [UUID: ConsentBoard.Entry] = [:]
            for (key, row) in rows ?? [:] {
                guard let id = UUID(uuidString: key) else {
                    throw ValidationFailure(fields: [
                        "rows": "Ключ строки — id участника, получено «\(key.prefix(40))»."
                    ])
                }
                entries[id] = .init(kinds: row.kinds ?? [], signedOn: row.signedOn, signedBy: row.signedBy)
            }
            return entries
        }
    }

    struct SettingsForm: Content {
        var texts: [String: [String: String]]?
        var electronic: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.consentBoard(.key)) { try await render($0, notice: nil, failure: nil).encodeResponse(for: $0) }
        routes.get(.consentForms(.key), use: forms)
        routes.get(.consentFormsPDF(.key), use: forms)
        routes.post(.consentEntry(.key), use: entry)
        routes.post(.consentLinks(.key), use: links)
        routes.get(.consentSettings(.key)) { try await settings($0, notice: nil, failure: nil).encodeResponse(for: $0) }
        routes.post(.consentSettings(.key), use: saveSettings)
    }

    static func filter(_ req: Request) -> ConsentBoard.Filter {
        ConsentBoard.Filter(
            grade: (try? req.query.get(String.self, at: "grade")).flatMap { $0.isEmpty ? nil : $0 },
            programID: (try? req.query.get(String.self, at: "program")).flatMap(UUID.init(uuidString:)))
    }

    private func render(
        _ req: Request, notice: String?, failure: ValidationFailure?, typed: [UUID: ConsentBoard.Entry] = [:]
    ) async throws -> View {
        let scope = try req.scope()
        let filter = Self.filter(req)
        let board = try await ConsentBoard(scope: scope).board(req.id("organizationID"), filter)
        let org = board.organization
        return try await req.view.render(
            "consents/board",
            ConsentBoardPage(
                meta: req.pageMeta(
                    "Согласия" + (filter.grade.map { ": \($0) класс" } ?? ""),
                    breadcrumbs: [Link(org.shortName, .organization(.id(try org.requireID())))],
                    scopeName: org.shortName),
                board: board, filter: filter, today: scope.today, offersPDF: req.application.config.soffice != nil,
                notice: notice, failure: failure, typed: typed))
    }

    func forms(req: Request) async throws -> Response {
        let all = (try? req.query.get(String.self, at: "all")) == "1"
        let (document, people) = try await ConsentBoard(scope: req.scope()).forms(
            req.id("organizationID"), Self.filter(req),
            onlyMissing: !all)
        guard people > 0 else {
            throw DomainError.conflict("Бланки не нужны: у всех выбранных участников есть нужные согласия.")
        }
        guard req.url.path.hasSuffix(".pdf") else {
            return try FileDownload.docx(document.word, name: "Согласия", req: req)
        }
        guard let soffice = req.application.config.soffice else { throw DomainError.notFound }
        let pdf = try await PDFConversion.pdf(
            from: document.word.data(), soffice: soffice,
            on: req.application.threadPool)
        return FileDownload.response(pdf, fileName: "Согласия-\(req.clock.today).pdf", contentType: "application/pdf")
    }

    func entry(req: Request) async throws -> Response {
        let entries = try req.content.decode(EntryForm.self).entries()
        do {
            let count = try await ConsentBoard(scope: req.scope()).record(req.id("organizationID"), entries)
            return try await render(
                req, notice: count == 0 ? "Ничего не отмечено." : "Сохранено согласий: \(count).",
                failure: nil
            ).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await render(req, notice: nil, failure: failure, typed: entries).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func links(req: Request) async throws -> View {
        let scope = try req.scope()
        let links = ConsentLinks(
            db: req.db, clock: req.clock, requestID: req.id, outbox: req.outbox,
            link: req.application.links.consent)
        let report = try await ConsentBoard(scope: scope).sendLinks(
            req.id("organizationID"), Self.filter(req), links: links)
        var notice = "Ссылок поставлено в очередь на отправку: \(report.sent)."
        if !report.unreachable.isEmpty {
            notice += " Без e-mail (распечатайте им бланки): " + report.unreachable.joined(separator: ", ") + "."
        }
        return try await render(req, notice: notice, failure: nil)
    }

    private func settings(
        _ req: Request, notice: String?, failure: ValidationFailure?,
        typed: SettingsForm? = nil
    ) async throws -> View {
        let scope = try req.scope()
        let (org, _) = try await OrganizationDirectory(scope: scope).managedOrganization(req.id("organizationID"))
        let texts = try await ConsentTemplates(scope: scope).texts(of: org)
        return try await req.view.render(
            "consents/settings",
            ConsentSettingsPage(
                meta: req.pageMeta(
                    "Тексты согласий",
                    breadcrumbs: [
                        Link(org.shortName, .organization(.id(try org.requireID()))),
                        Link("Согласия", .consentBoard(.id(try org.requireID()))),
                    ],
                    scopeName: org.shortName),
                organization: org, texts: texts, typed: typed, notice: notice, failure: failure))
    }

    func saveSettings(req: Request) async throws -> Response {
        let form = try req.content.decode(SettingsForm.self)
        var texts: [Consent.Kind: (purpose: String?, body: String?)] = [:]
        for kind in ConsentTemplates.kinds {
            if let text = form.texts?[kind.rawValue] { texts[kind] = (text["purpose"], text["body"]) }
        }
        do {
            try await ConsentTemplates(scope: req.scope()).save(
                req.id("organizationID"), texts: texts,
                electronic: form.electronic == "true")
            return try await settings(req, notice: "Сохранено.", failure: nil).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await settings(req, notice: nil, failure: failure, typed: form)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }
}
