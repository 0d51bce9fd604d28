import FluentKit
import Foundation
import MentoringCore

/// A version of an organization's template of one kind of document; without a file, the built-in one.
package final class DocumentTemplateModel: TemplateVersionRecord, @unchecked Sendable {
    package static let schema = "document_templates"
    package static var owner: KeyPath<DocumentTemplateModel, FieldProperty<DocumentTemplateModel, UUID>> {
        \.$organization.$id
    }
    package static var columns: Columns<DocumentTemplateModel> {
        Columns(
            kind: \.$kind, version: \.$version, fileName: \.$fileName, uploadedBy: \.$uploadedBy,
            uploadedAt: \.$uploadedAt)
    }
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "kind") package var kind: DocumentKind
    @Field(key: "version") package var version: Int
    @OptionalField(key: "file_name") package var fileName: String?
    @OptionalField(key: "data") package var data: Data?
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}
}

/// A version of a municipality's template of one kind of document, which its organizations use while they have none
/// of their own; without a file, the built-in one.
package final class MunicipalTemplateModel: TemplateVersionRecord, @unchecked Sendable {
    package static let schema = "municipal_document_templates"
    package static var owner: KeyPath<MunicipalTemplateModel, FieldProperty<MunicipalTemplateModel, UUID>> {
        \.$municipality.$id
    }
    package static var columns: Columns<MunicipalTemplateModel> {
        Columns(
            kind: \.$kind, version: \.$version, fileName: \.$fileName, uploadedBy: \.$uploadedBy,
            uploadedAt: \.$uploadedAt)
    }
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "kind") package var kind: DocumentKind
    @Field(key: "version") package var version: Int
    @OptionalField(key: "file_name") package var fileName: String?
    @OptionalField(key: "data") package var data: Data?
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}
}
