import Documents
import Foundation
import MentoringCore
import Vapor

/// The document templates of an organization or a municipality through the API: the kinds with the version in use,
/// the files, an upload (multipart, field `file`) and the way back to the built-in template.
struct APIDocumentTemplateController: RouteCollection {
    struct TemplateDTO: Content {
        var kind: String
        var title: String
        var usesBuiltIn: Bool
        var version: Int?
        var fileName: String?
        var uploadedBy: String?
        var uploadedAt: Date?
        /// Which template documents are drawn from: `own`, `municipality` or `built_in`.
        var inUse: String

        init(_ state: TemplateKindState) {
            kind = state.kind.rawValue
            title = state.kind.title
            usesBuiltIn = state.usesBuiltIn
            version = state.current?.number
            fileName = state.current?.fileName
            uploadedBy = state.current?.uploadedBy
            uploadedAt = state.current?.uploadedAt
            inUse = !state.usesBuiltIn ? "own" : state.municipal == nil ? "built_in" : "municipality"
        }
    }

    struct LetterheadDTO: Content {
        var fileName: String
        var width: Int
        var height: Int
    }

    func boot(routes: any RoutesBuilder) throws {
        let letterhead = routes.grouped("organizations", ":organizationID", "letterhead")
        letterhead.get { req in
            guard let (name, image) = try await LetterheadService(scope: req.scope()).current(req.id("organizationID"))
            else { throw DomainError.notFound }
            return FileDownload.response(image.data, fileName: name, contentType: image.format.mediaType)
        }
        letterhead.on(.PUT, body: .collect(maxSize: "11mb")) { req in
            let service = try LetterheadService(scope: req.scope())
            let id = try req.id("organizationID")
            try await service.set(id, file: ScanUpload(req, field: "file"))
            guard let (name, image) = try await service.current(id) else { throw DomainError.notFound }
            return LetterheadDTO(fileName: name, width: image.width, height: image.height)
        }
        letterhead.delete { req in
            try await LetterheadService(scope: req.scope()).set(req.id("organizationID"), file: nil, remove: true)
            return HTTPStatus.noContent
        }
        for municipal in [false, true] {
            let templates =
                municipal
                ? routes.grouped("municipalities", ":municipalityID", "document-templates")
                : routes.grouped("organizations", ":organizationID", "document-templates")
            templates.get { req in
                try await DocumentTemplateService(scope: req.scope()).overview(owner(req, municipal)).kinds
                    .map(TemplateDTO.init)
            }
            for kind in DocumentKind.allCases {
                let path = PathComponent(stringLiteral: kind.rawValue)
                templates.on(.POST, path, body: .collect(maxSize: "11mb")) {
                    try await upload($0, owner($0, municipal), kind: kind)
                }
                templates.post(path, "built-in") { try await restore($0, owner($0, municipal), kind: kind) }
                for builtIn in [false, true] {
                    templates.get(builtIn ? [path, "built-in", "document"] : [path, "document"]) { req in
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

    func upload(_ req: Request, _ owner: SettingOwner, kind: DocumentKind) async throws -> Response {
        let service = try DocumentTemplateService(scope: req.scope())
        _ = try await service.holder(owner, managing: true)
        guard let file = ScanUpload(req, field: "file") else {
            throw ValidationFailure(fields: ["file": "Передайте шаблон DOCX в поле file (multipart/form-data)."])
        }
        let version = try await service.upload(owner, kind: kind, file: file)
        return try await TemplateDTO(TemplateKindState(kind: kind, versions: [version]))
            .encodeResponse(status: .created, for: req)
    }

    func restore(_ req: Request, _ owner: SettingOwner, kind: DocumentKind) async throws -> TemplateDTO {
        let version = try await DocumentTemplateService(scope: req.scope()).upload(owner, kind: kind, file: nil)
        return TemplateDTO(TemplateKindState(kind: kind, versions: [version]))
    }
}
