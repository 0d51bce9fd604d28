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
                "Загрузка списка участников", breadcrumbs: try PeopleController.crumbs(org), scopeName: org.shortName),
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
                    to: try org.requireID(), fileName: file.filename, data: Data(file.data.readableBytesView))
                return req.redirect(
                    to: SiteURL.peopleImport(.id(try upload.requireID())).path
                        + "?category=\(options.defaultCategory.rawValue)")
            }, form: { try uploadForm(req, org, category: options.category, failure: $0) })
    }

    func preview(req: Request) async throws -> View {
        let options = try req.query.decode(Options.self)
        let preview = try await PeopleImportService(scope: req.scope()).preview(
            req.id("importID"), mapping: options.columns,
            defaultCategory: options.defaultCategory)
        return try await req.view.render("imports/preview", try page(req, preview, category: options.defaultCategory))
    }

    private func page(
        _ req: Request, _ preview: ImportPreview, category: Person.Category
    ) throws -> PeopleImportPreviewContext {
        PeopleImportPreviewContext(
            meta: req.pageMeta(
                "Проверка списка перед загрузкой", breadcrumbs: try PeopleController.crumbs(preview.organization),
                scopeName: preview.organization.shortName),
            upload: try preview.upload.requireID(), fileName: preview.upload.fileName, preview: preview,
            category: category)
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
        return try await req.redirect(
            to: SiteURL.people(.id(try preview.organization.requireID())).path, notice: notice)
    }
}
