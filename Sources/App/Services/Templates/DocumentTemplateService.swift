import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One version of an organization's template of a kind of document.
struct TemplateVersion: Sendable {
    var number: Int
    /// nil: the built-in template was put back.
    var fileName: String?
    var uploadedBy: String
    var uploadedAt: Date
}

/// A kind of document with the template in use and the versions before it.
struct TemplateKindState: Sendable {
    var kind: DocumentKind
    /// nil while the built-in template has always been used.
    var versions: [TemplateVersion]

    var current: TemplateVersion? { versions.first }
    var usesBuiltIn: Bool { current?.fileName == nil }
}

/// Organizations' own templates of the documents Nastavnik draws: downloaded as DOCX, changed in Word or
/// LibreOffice, checked on upload against the kind's fields, kept as versions, used for every document from then on;
/// the built-in template can be put back at any time.
struct DocumentTemplateService {
    let scope: RequestScope

    func overview(
        _ organizationID: UUID
    ) async throws -> (organization: OrganizationModel, access: OrganizationAccess, kinds: [TemplateKindState]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let history = try await DocumentTemplateModel.history(of: organizationID, on: scope.db)
        let kinds = DocumentKind.allCases.map { kind in
            TemplateKindState(
                kind: kind,
                versions: history.filter { $0.kind == kind }.map {
                    TemplateVersion(
                        number: $0.version, fileName: $0.fileName, uploadedBy: $0.uploadedBy,
                        uploadedAt: $0.uploadedAt)
                })
        }
        return (org, access, kinds)
    }

    /// The template in use as a file, or the built-in one when `builtIn`.
    func download(_ organizationID: UUID, kind: DocumentKind, builtIn: Bool) async throws -> (Data, String) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        if !builtIn,
            let current = try await DocumentTemplateModel.current(of: organizationID, kind: kind, on: scope.db),
            let data = current.data
        {
            try await AuditLog(scope: scope).record(
                .download, .documentTemplate, objectID: current.id, organizationID: org.id, role: access.role)
            return (data, kind.fileName)
        }
        return (try kind.builtIn, kind.fileName)
    }

    /// The organization's template of that kind, or nil for the built-in one.
    func template(for organizationID: UUID, kind: DocumentKind) async throws -> DocxTemplate? {
        guard let current = try await DocumentTemplateModel.current(of: organizationID, kind: kind, on: scope.db),
            let data = current.data
        else { return nil }
        return try DocxTemplate(data)
    }

    /// Checks the file against the kind's fields and keeps it as the next version; nothing is saved when it does not
    /// fit. `nil` puts the built-in template back.
    func upload(_ organizationID: UUID, kind: DocumentKind, file: ScanUpload?) async throws -> TemplateVersion {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        if let file { try Self.check(file, kind: kind) }
        let model = try await scope.db.atomically { db in
            let last =
                try await DocumentTemplateModel.query(on: db).filter(\.$organization.$id == organizationID)
                .filter(\.$kind == kind).max(\.$version) ?? 0
            let model = DocumentTemplateModel(
                organizationID: organizationID, kind: kind, version: last + 1,
                file: file.map { ($0.fileName, $0.data) }, by: scope.user.displayName, at: scope.now)
            try await model.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                file == nil ? .update : .create, .documentTemplate, objectID: model.id, organizationID: org.id,
                role: access.role, fields: [kind.rawValue])
            return model
        }
        return TemplateVersion(
            number: model.version, fileName: model.fileName, uploadedBy: model.uploadedBy,
            uploadedAt: model.uploadedAt)
    }

    /// What is wrong with an uploaded template, by the file field; nothing when it can be used.
    static func check(_ file: ScanUpload, kind: DocumentKind) throws {
        let template: DocxTemplate
        do {
            template = try DocxTemplate(file.data)
        } catch {
            throw ValidationFailure(fields: ["file": error.message])
        }
        let problems = template.problems(against: kind.schema)
        guard problems.isEmpty else {
            throw ValidationFailure(fields: ["file": "Шаблон не принят: " + problems.joined(separator: " ")])
        }
    }
}
