import Foundation
import MentoringCore
import Vapor

/// The organization's document templates through the API: the kinds with the version in use, the files, an upload
/// (multipart, field `file`) and the way back to the built-in template.
struct APIDocumentTemplateController: RouteCollection {
    struct TemplateDTO: Content {
        var kind: String
        var title: String
        var usesBuiltIn: Bool
        var version: Int?
        var fileName: String?
        var uploadedBy: String?
        var uploadedAt: Date?

        init(_ state: TemplateKindState) {
            kind = state.kind.rawValue
            title = state.kind.title
            usesBuiltIn = state.usesBuiltIn
            version = state.current?.number
            fileName = state.current?.fileName
            uploadedBy = state.current?.uploadedBy
            uploadedAt = state.current?.uploadedAt
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        let templates = routes.grouped("organizations", ":organizationID", "document-templates")
        templates.get(use: list)
        for kind in DocumentKind.allCases {
            let path = PathComponent(stringLiteral: kind.rawValue)
            templates.on(.POST, path, body: .collect(maxSize: "11mb")) { try await upload($0, kind: kind) }
            templates.post(path, "built-in") { try await restore($0, kind: kind) }
            templates.get(path, "document") { try await file($0, kind: kind, builtIn: false) }
            templates.get(path, "built-in", "document") { try await file($0, kind: kind, builtIn: true) }
        }
    }

    func list(req: Request) async throws -> [TemplateDTO] {
        try await DocumentTemplateService(scope: req.scope()).overview(req.id("organizationID")).kinds
            .map(TemplateDTO.init)
    }

    func upload(_ req: Request, kind: DocumentKind) async throws -> Response {
        let service = try DocumentTemplateService(scope: req.scope())
        let id = try req.id("organizationID")
        _ = try await service.overview(id)
        guard let file = ScanUpload(req, field: "file") else {
            throw ValidationFailure(fields: ["file": "Передайте шаблон DOCX в поле file (multipart/form-data)."])
        }
        let version = try await service.upload(id, kind: kind, file: file)
        return try await TemplateDTO(TemplateKindState(kind: kind, versions: [version]))
            .encodeResponse(status: .created, for: req)
    }

    func restore(_ req: Request, kind: DocumentKind) async throws -> TemplateDTO {
        let version = try await DocumentTemplateService(scope: req.scope()).upload(
            req.id("organizationID"), kind: kind, file: nil)
        return TemplateDTO(TemplateKindState(kind: kind, versions: [version]))
    }

    func file(_ req: Request, kind: DocumentKind, builtIn: Bool) async throws -> Response {
        let (data, name) = try await DocumentTemplateService(scope: req.scope()).download(
            req.id("organizationID"), kind: kind, builtIn: builtIn)
        return FileDownload.response(data, fileName: name, contentType: nil)
    }
}
