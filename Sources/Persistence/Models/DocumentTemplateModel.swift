import FluentKit
import Foundation
import MentoringCore

/// A version of an organization's template of one kind of document; without a file, the built-in one.
package final class DocumentTemplateModel: Model, @unchecked Sendable {
    package static let schema = "document_templates"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "kind") package var kind: DocumentKind
    @Field(key: "version") package var version: Int
    @OptionalField(key: "file_name") package var fileName: String?
    @OptionalField(key: "data") package var data: Data?
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}
    package init(
        organizationID: UUID, kind: DocumentKind, version: Int, file: (name: String, data: Data)?, by: String, at: Date
    ) {
        $organization.id = organizationID
        self.kind = kind
        self.version = version
        fileName = file?.name
        data = file?.data
        uploadedBy = by
        uploadedAt = at
    }
}

extension DocumentTemplateModel {
    /// The versions of an organization's templates, newest first, without their files.
    package static func history(of organizationID: UUID, on db: any Database) async throws -> [DocumentTemplateModel] {
        try await query(on: db).filter(\.$organization.$id == organizationID)
            .field(\.$id).field(\.$organization.$id).field(\.$kind).field(\.$version).field(\.$fileName)
            .field(\.$uploadedBy).field(\.$uploadedAt)
            .sort(\.$version, .descending).all()
    }

    /// The version in use, with its file; nil while the organization has never changed the template.
    package static func current(
        of organizationID: UUID, kind: DocumentKind, on db: any Database
    ) async throws -> DocumentTemplateModel? {
        try await query(on: db).filter(\.$organization.$id == organizationID).filter(\.$kind == kind)
            .sort(\.$version, .descending).first()
    }
}
