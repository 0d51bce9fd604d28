import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Import from the documents schools already have: upload, a preview table with every warning at its row,
/// corrections in place, then save.
struct RoadmapImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.importRoadmap, use: upload)
        routes.post(.importRoadmap, body: .collect(maxSize: CSRFMiddleware.maxBody), use: preview)
        routes.post(.saveImportedRoadmap, body: .collect(maxSize: CSRFMiddleware.maxBody), use: save)
    }

    struct UploadInput: Content { var owner: String? }

    func upload(req: Request) async throws -> View {
        try await req.render(uploadForm(req, owner: nil, failure: nil))
    }

    func preview(req: Request) async throws -> Response {
        let scope = try req.scope()
        let owner = try req.content.decode(UploadInput.self).owner
        let file = try? req.content.get(File.self, at: "file")
        return try await req.submit(
            {
                let ownerName = try await Self.owner(owner, scope: scope).name
                guard let file, file.data.readableBytes > 0 else {
                    throw ValidationFailure(fields: ["file": "Выберите файл дорожной карты."])
                }
                let imported: RoadmapImport
                do {
                    imported = try RoadmapImporter.read(Data(file.data.readableBytesView), fileName: file.filename)
                } catch let error as DocumentError {
                    throw ValidationFailure(fields: ["file": error.message])
                }
                let page = RoadmapPreviewPage(
                    layout: req.layout,
                    form: ImportedRoadmapForm(imported, fileName: file.filename, owner: owner ?? ""),
                    ownerName: ownerName, failure: nil)
                return try await req.view.render("roadmaps/preview", page).encodeResponse(for: req)
            }, form: { failure in try await uploadForm(req, owner: owner, failure: failure) })
    }

    func save(req: Request) async throws -> Response {
        let scope = try req.scope()
        let form = try req.content.decode(ImportedRoadmapForm.self)
        let (owner, ownerName) = try await Self.owner(form.owner, scope: scope)
        do {
            try form.validate()
            let id = try await RoadmapService(scope: scope).save(form.roadmap, owner: owner)
            return req.redirect(to: SiteURL.roadmap(.id(id)).path)
        } catch let failure as ValidationFailure {
            let page = RoadmapPreviewPage(layout: req.layout, form: form, ownerName: ownerName, failure: failure)
            return try await req.view.render("roadmaps/preview", page).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    /// The owner chosen in the form, among those the user may create roadmaps for.
    static func owner(_ key: String?, scope: RequestScope) async throws -> (owner: Roadmap.Owner, name: String) {
        let choices = try await RoadmapService(scope: scope).ownerChoices()
        guard let choice = choices.first(where: { NewRoadmapInput.ownerKey($0.owner) == key }) else {
            throw ValidationFailure(fields: ["owner": "Выберите, чья это дорожная карта."])
        }
        return choice
    }

    private func uploadForm(
        _ req: Request, owner: String?, failure: ValidationFailure?
    ) async throws -> RoadmapUploadContext {
        let owners = try await RoadmapService(scope: req.scope()).creationOwners(
            refusal: "Загружать дорожные карты может куратор, руководитель или координатор органа управления.")
        return RoadmapUploadContext(
            meta: req.pageMeta("Загрузка дорожной карты", breadcrumbs: [Link("Дорожные карты", .roadmaps)]),
            owners: owners, owner: owner, failure: failure)
    }
}
