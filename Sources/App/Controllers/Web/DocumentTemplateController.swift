import Documents
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The document templates of an organization or of a municipality: what each kind offers, the version in use, the
/// file to edit, the upload and the way back to the built-in template (for an organization, to its municipality's).
struct DocumentTemplateController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.letterhead(.key)) { req in
            guard let (name, image) = try await LetterheadService(scope: req.scope()).current(req.id("organizationID"))
            else { throw DomainError.notFound }
            return FileDownload.response(image.data, fileName: name, contentType: image.format.mediaType)
        }
        routes.post(.letterhead(.key), body: .collect(maxSize: CSRFMiddleware.maxBody)) {
            try await setLetterhead($0, remove: false)
        }
        routes.post(.letterheadRemove(.key)) { try await setLetterhead($0, remove: true) }
        for municipal in [false, true] {
            routes.get(.documentTemplates(.key, municipal: municipal)) { try await page($0, municipal, failure: nil) }
            for kind in DocumentKind.allCases {
                routes.post(.documentTemplate(.key, kind: kind, municipal: municipal), body: .collect(maxSize: "11mb"))
                {
                    try await upload($0, municipal, kind: kind)
                }
                routes.post(.documentTemplateRestore(.key, kind: kind, municipal: municipal)) {
                    try await restore($0, municipal, kind: kind)
                }
                for builtIn in [false, true] {
                    routes.get(.documentTemplateFile(.key, kind: kind, builtIn: builtIn, municipal: municipal)) { req in
                        let (data, name) = try await DocumentTemplateService(scope: req.scope()).download(
                            owner(req, municipal), kind: kind, builtIn: builtIn)
                        return FileDownload.response(data, fileName: name, contentType: nil)
                    }
                }
            }
        }
    }

    private func owner(_ req: Request, _ municipal: Bool) throws -> SettingOwner {
        municipal ? .municipality(try req.id("municipalityID")) : .organization(try req.id("organizationID"))
    }

    private func upload(_ req: Request, _ municipal: Bool, kind: DocumentKind) async throws -> Response {
        let file = ScanUpload(req, field: "file")
        let owner = try owner(req, municipal)
        return try await req.applyChange(
            {
                guard let file else { throw ValidationFailure(fields: ["file": "Выберите файл шаблона (DOCX)."]) }
                let version = try await DocumentTemplateService(scope: req.scope()).upload(
                    owner, kind: kind, file: file)
                return (
                    SiteURL.documentTemplates(.id(owner.id), municipal: municipal).path,
                    "Шаблон «\(kind.title)» принят: версия \(version.number). Следующие документы — по нему."
                )
            },
            page: { try await page(req, municipal, failure: ($0, kind.rawValue)) })
    }

    private func setLetterhead(_ req: Request, remove: Bool) async throws -> Response {
        let id = try req.id("organizationID")
        let file = ScanUpload(req, field: "file")
        return try await req.applyChange(
            {
                try await LetterheadService(scope: req.scope()).set(id, file: file, remove: remove)
                return (
                    SiteURL.documentTemplates(.id(id)).path,
                    remove ? "Бланк удалён." : "Бланк сохранён: следующие приказы начнутся с него."
                )
            },
            page: { try await page(req, false, failure: ($0, "letterhead")) })
    }

    private func restore(_ req: Request, _ municipal: Bool, kind: DocumentKind) async throws -> Response {
        let owner = try owner(req, municipal)
        _ = try await DocumentTemplateService(scope: req.scope()).upload(owner, kind: kind, file: nil)
        return try await req.redirect(
            to: SiteURL.documentTemplates(.id(owner.id), municipal: municipal).path,
            notice: "Для «\(kind.title)» снова действует шаблон по умолчанию.")
    }

    private func page(_ req: Request, _ municipal: Bool, failure: (String, String)?) async throws -> View {
        let owner = try owner(req, municipal)
        let (holder, kinds) = try await DocumentTemplateService(scope: req.scope()).overview(owner)
        let home: SiteURL = municipal ? .municipalMonitoring(.id(owner.id)) : .organization(.id(owner.id))
        let meta = req.pageMeta(
            "Шаблоны документов", breadcrumbs: [Link(holder.name, home)], scopeName: holder.name)
        return try await req.view.render(
            "organizations/templates",
            DocumentTemplatesContext(
                meta: meta, notice: req.notice, holder: holder, kinds: kinds,
                letterhead: municipal ? nil : try await LetterheadService(scope: req.scope()).current(owner.id),
                failure: failure))
    }
}
