import FluentKit
import Foundation
import MentoringCore

/// The signed scan of a pair's mentor consent or additional agreement; a new upload replaces it.
package final class MentorPaperScanModel: Model, @unchecked Sendable {
    package static let schema = "mentor_paper_scans"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    /// `mentor_consent` or `mentor_agreement`.
    @Field(key: "paper") package var paper: DocumentKind
    @Field(key: "file_name") package var fileName: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_by") package var uploadedBy: String
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $mentorship, $paper, $fileName, $contentType, $data, $uploadedBy, $uploadedAt])
    }

    /// The papers of the pairs that have a scan, without the files.
    package static func papers(of mentorshipIDs: [UUID], on db: any Database) async throws -> [UUID: Set<DocumentKind>]
    {
        let rows = try await query(on: db).filter(\.$mentorship.$id ~~ mentorshipIDs)
            .field(\.$id).field(\.$mentorship.$id).field(\.$paper).all()
        return Dictionary(grouping: rows, by: \.$mentorship.id).mapValues { Set($0.map(\.paper)) }
    }
}
