import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The organization's document templates: what each kind offers, the version in use, the file to edit, the upload
/// and the way back to the built-in template.
struct DocumentTemplateController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.documentTemplates(.key), use: show)
        for kind in DocumentKind.allCases {
            routes.post(.documentTemplate(.key, kind: kind), body: .collect(maxSize: "11mb")) {
                try await upload($0, kind: kind)
            }
            routes.post(.documentTemplateRestore(.key, kind: kind)) { try await restore($0, kind: kind) }
            for builtIn in [false, true] {
                routes.get(.documentTemplateFile(.key, kind: kind, builtIn: builtIn)) { req in
                    let (data, name) = try await DocumentTemplateService(scope: req.scope()).download(
                        req.id("organizationID"), kind: kind, builtIn: builtIn)
                    return FileDownload.response(data, fileName: name, contentType: nil)
                }
            }
        }
    }

    func show(req: Request) async throws -> View {
        try await page(req, failure: nil)
    }

    func upload(_ req: Request, kind: DocumentKind) async throws -> Response {
        let file = ScanUpload(req, field: "file")
        let id = try req.id("organizationID")
        return try await req.applyChange(
            {
                guard let file else { throw ValidationFailure(fields: ["file": "Выберите файл шаблона (DOCX)."]) }
                let version = try await DocumentTemplateService(scope: req.scope()).upload(id, kind: kind, file: file)
                return (
                    SiteURL.documentTemplates(.id(id)).path,
                    "Шаблон «\(kind.title)» принят: версия \(version.number). Следующие документы — по нему."
                )
            },
            page: { try await page(req, failure: ($0, kind)) })
    }

    func restore(_ req: Request, kind: DocumentKind) async throws -> Response {
        let id = try req.id("organizationID")
        _ = try await DocumentTemplateService(scope: req.scope()).upload(id, kind: kind, file: nil)
        return try await req.redirect(
            to: SiteURL.documentTemplates(.id(id)).path,
            notice: "Для «\(kind.title)» снова действует встроенный шаблон.")
    }

    private func page(_ req: Request, failure: (String, DocumentKind)?) async throws -> View {
        let (org, access, kinds) = try await DocumentTemplateService(scope: req.scope()).overview(
            req.id("organizationID"))
        let meta = req.pageMeta(
            "Шаблоны документов",
            breadcrumbs: [Link(org.shortName, .organization(.id(try org.requireID())))], scopeName: org.shortName)
        return try await req.view.render(
            "organizations/templates",
            try DocumentTemplatesContext(
                meta: meta, notice: req.notice, organization: try org.requireID(), manages: access.manages,
                kinds: kinds, failure: failure))
    }
}
