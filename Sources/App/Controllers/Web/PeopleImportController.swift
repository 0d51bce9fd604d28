import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Importing a class list or a staff list: upload, preview with the detected columns, confirm.
struct PeopleImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.importPeople(.key), use: new)
        routes.post(.importPeople(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: upload)
        routes.get(.peopleImport(.key), use: preview)
        routes.post(.peopleImport(.key), use: confirm)
    }

    struct Options: Content {
        /// The column meanings chosen in the preview's selects, in order, empty for a skipped column.
        var column: [String]?
        /// The same, comma-separated, as the confirming form carries it.
        var mapping: String?
        var category: String?

        var columns: [PeopleColumn?]? {
            (column ?? mapping.map { $0.components(separatedBy: ",") }).map { $0.map(PeopleColumn.init(rawValue:)) }
        }
        var defaultCategory: Person.Category { category.flatMap(Person.Category.init(rawValue:)) ?? .student }
    }

    func new(req: Request) async throws -> View {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        return try await req.render(try uploadForm(req, org, category: nil, failure: nil))
    }

    private func uploadForm(
        _ req: Request, _ org: OrganizationModel, category: String?, failure: ValidationFailure?
    ) throws -> PeopleUploadContext {
        PeopleUploadContext(
            meta: req.pageMeta(
                "Загрузка списка участников", breadcrumbs: PeopleController.crumbs(org), scopeName: org.shortName),
            organization: try org.requireID(), category: category, failure: failure)
    }

    func upload(req: Request) async throws -> Response {
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let options = try req.content.decode(Options.self)
        let file = try? req.content.get(File.self, at: "file")
        return try await req.submit(
            {
                guard let file, file.data.readableBytes > 0 else {
                    throw ValidationFailure(fields: ["file": "Выберите файл."])
                }
                let upload = try await PeopleImportService(scope: req.scope()).upload(
                    to: org.id!, fileName: file.filename, data: Data(file.data.readableBytesView))
                return req.redirect(
                    to: SiteURL.peopleImport(.id(upload.id!)).path + "?category=\(options.defaultCategory.rawValue)")
            }, form: { try uploadForm(req, org, category: options.category, failure: $0) })
    }

    struct Page: Encodable {
        struct Column: Encodable {
            var header: String
            var options: [FormField.Option]
        }
        struct Row: Encodable {
            var line: Int
            var name: String
            var outcome: String
            var outcomeTitle: String
            var reason: String?
        }
        var meta: PageMeta
        var action: String
        var fileName: String
        var category: String
        var categories: [FormField.Option]
        var columns: [Column]
        var mapping: String
        var ready: Int
        var duplicates: Int
        var rejected: Int
        var rows: [Row]
        var shown: Int
        var total: Int
    }

    func preview(req: Request) async throws -> View {
        let options = try req.query.decode(Options.self)
        let preview = try await PeopleImportService(scope: req.scope()).preview(
            req.id("importID"), mapping: options.columns,
            defaultCategory: options.defaultCategory)
        return try await req.view.render("imports/preview", page(req, preview, category: options.defaultCategory))
    }

    private func page(_ req: Request, _ preview: ImportPreview, category: Person.Category) -> Page {
        let titles: [ImportRow.Outcome: String] = [
            .ready: "Будет добавлен", .duplicate: "Уже есть", .rejected: "Ошибка",
        ]
        // Every problem row, and the first rows that are fine: a 30 000-row list does not become a 30 000-row page.
        let problems = preview.rows.filter { $0.outcome != .ready }
        let shownRows = Array(preview.rows.filter { $0.outcome == .ready }.prefix(100)) + problems.prefix(1000)
        return Page(
            meta: req.pageMeta(
                "Проверка списка перед загрузкой", breadcrumbs: PeopleController.crumbs(preview.organization),
                scopeName: preview.organization.shortName),
            action: SiteURL.peopleImport(.id(preview.upload.id!)).path, fileName: preview.upload.fileName,
            category: category.rawValue,
            categories: FormField.options(Person.Category.self, selected: category.rawValue, title: \.title),
            columns: zip(preview.header, preview.mapping).map { header, column in
                Page.Column(
                    header: header,
                    options: [.init(value: "", title: "— не загружать —", selected: column == nil)]
                        + PeopleColumn.allCases.map {
                            .init(value: $0.rawValue, title: $0.title, selected: $0 == column)
                        })
            },
            mapping: preview.mapping.map { $0?.rawValue ?? "" }.joined(separator: ","),
            ready: preview.count(.ready), duplicates: preview.count(.duplicate), rejected: preview.count(.rejected),
            rows: shownRows.sorted { $0.line < $1.line }.map {
                Page.Row(
                    line: $0.line, name: $0.name, outcome: $0.outcome.rawValue, outcomeTitle: titles[$0.outcome]!,
                    reason: $0.reason)
            }, shown: shownRows.count, total: preview.rows.count)
    }

    func confirm(req: Request) async throws -> Response {
        let options = try req.content.decode(Options.self)
        let (saved, preview) = try await PeopleImportService(scope: req.scope()).confirm(
            req.id("importID"), mapping: options.columns, defaultCategory: options.defaultCategory)
        let skipped = preview.rows.count - saved
        let notice =
            "Добавлено участников: \(saved)."
            + (skipped > 0 ? " Не добавлено строк: \(skipped) (повторы и ошибки)." : "")
            + (saved > 0 ? " Чтобы включить их в программы, внесите согласия." : "")
        return try await req.redirect(to: SiteURL.people(.id(preview.organization.id!)).path, notice: notice)
    }
}
