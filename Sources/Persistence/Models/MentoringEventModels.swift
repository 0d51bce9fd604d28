import FluentKit
import Foundation
import MentoringCore

/// An event of an organization's mentoring, with the people present and the materials kept.
package final class MentoringEventModel: Model, @unchecked Sendable {
    package static let schema = "mentoring_events"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "kind") package var kind: MentoringEventKind
    @Field(key: "title") package var title: String
    @Field(key: "held_on") package var heldOn: CalendarDate
    @OptionalField(key: "place") package var place: String?
    @OptionalField(key: "summary") package var summary: String?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date
    @Children(for: \.$event) package var participants: [EventParticipantModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $kind, $title, $heldOn, $place, $summary, $createdBy, $createdAt, $participants])
    }

    package var details: MentoringEventDetails {
        get { MentoringEventDetails(kind: kind, title: title, heldOn: heldOn, place: place, summary: summary) }
        set {
            (kind, title, heldOn, place, summary) = (
                newValue.kind, newValue.title, newValue.heldOn, newValue.place, newValue.summary
            )
        }
    }
}

/// A person of the organization present at an event.
package final class EventParticipantModel: Model, @unchecked Sendable {
    package static let schema = "mentoring_event_participants"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "event_id") package var event: MentoringEventModel
    @Parent(key: "person_id") package var person: PersonModel

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $event, $person]) }
}

/// A photo or a material of an event: a PDF, JPEG or PNG.
package final class EventMaterialModel: Model, @unchecked Sendable {
    package static let schema = "mentoring_event_materials"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "event_id") package var event: MentoringEventModel
    @Field(key: "file_name") package var fileName: String
    @Field(key: "content_type") package var contentType: String
    @Field(key: "data") package var data: Data
    @Field(key: "uploaded_at") package var uploadedAt: Date

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $event, $fileName, $contentType, $data, $uploadedAt]) }
}
