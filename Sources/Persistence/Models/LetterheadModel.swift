import FluentKit
import Foundation

/// An organization's letterhead: the picture its documents start with where their template places
/// `{{организация.бланк}}`.
package final class LetterheadModel: Model, @unchecked Sendable {
    package static let schema = "organization_letterheads"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "file_name") package var fileName: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $fileName, $data, $uploadedBy, $uploadedAt])
    }
}
