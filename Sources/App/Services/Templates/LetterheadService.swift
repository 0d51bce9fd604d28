import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The organization's letterhead, a requisite kept once: a PNG or JPEG its documents start with where the template
/// places `{{организация.бланк}}` (the built-in order does). The curator or the head uploads, replaces or removes it.
struct LetterheadService {
    let scope: RequestScope

    /// The letterhead's file name and picture, if one is kept; the organization's readers see it.
    func current(_ organizationID: UUID) async throws -> (fileName: String, image: TemplateImage)? {
        let (_, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        return try await stored(organizationID)
    }

    /// The picture documents of the organization are drawn with; no access check, the document's caller made it.
    func image(of organizationID: UUID) async throws -> TemplateImage? {
        try await stored(organizationID)?.image
    }

    private func stored(_ organizationID: UUID) async throws -> (fileName: String, image: TemplateImage)? {
        guard
            let model = try await LetterheadModel.query(on: scope.db)
                .filter(\.$organization.$id == organizationID).first(),
            let image = TemplateImage(model.data)
        else { return nil }
        return (model.fileName, image)
    }

    /// Keeps the file as the letterhead, replacing the one before; refused by the field `file` when there is none or
    /// it is not a PNG or a JPEG of at most 2 MB and 10 000 pixels a side. `remove` removes the letterhead.
    func set(_ organizationID: UUID, file: ScanUpload?, remove: Bool = false) async throws {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let file = remove ? nil : file
        if !remove && file == nil {
            throw ValidationFailure(fields: ["file": "Передайте картинку бланка (PNG или JPEG)."])
        }
        if let file, let problem = Self.problem(with: file) { throw ValidationFailure(fields: ["file": problem]) }
        try await DatabaseContention.againIfDuplicate {
            try await scope.db.atomically { db in
                let existing = try await LetterheadModel.query(on: db).filter(\.$organization.$id == organizationID)
                    .first()
                if let file {
                    let model = existing ?? LetterheadModel()
                    model.$organization.id = organizationID
                    (model.fileName, model.data) = (file.fileName, file.data)
                    (model.uploadedBy, model.uploadedAt) = (scope.user.displayName, scope.now)
                    try await model.save(on: db)
                } else {
                    try await existing?.delete(on: db)
                }
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .organization, objectID: organizationID, organizationID: org.id,
                    role: access.role, fields: ["letterhead"])
            }
        }
    }

    static func problem(with file: ScanUpload) -> String? {
        if file.data.isEmpty { return ScanUpload.emptyProblem }
        if file.data.count > TemplateImage.maximumBytes { return "Файл больше 2 МБ: уменьшите картинку." }
        guard TemplateImage(file.data) != nil else {
            return "Бланк — картинка PNG или JPEG не больше \(TemplateImage.maximumSide) точек по стороне: "
                + "содержимое этого файла не подходит."
        }
        return nil
    }
}
