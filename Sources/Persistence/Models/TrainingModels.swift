import FluentKit
import Foundation
import MentoringCore

/// A course of a municipality's training plan.
package final class TrainingModel: Model, @unchecked Sendable {
    package static let schema = "trainings"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "title") package var title: String
    @Field(key: "provider") package var provider: String
    @Field(key: "hours") package var hours: Int
    @Field(key: "starts_on") package var startsOn: CalendarDate
    @Field(key: "ends_on") package var endsOn: CalendarDate
    @OptionalField(key: "place") package var place: String?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $municipality, $title, $provider, $hours, $startsOn, $endsOn, $place, $createdBy, $createdAt])
    }

    package var details: TrainingDetails {
        get {
            TrainingDetails(
                title: title, provider: provider, hours: hours, startsOn: startsOn, endsOn: endsOn, place: place)
        }
        set {
            (title, provider, hours) = (newValue.title, newValue.provider, newValue.hours)
            (startsOn, endsOn, place) = (newValue.startsOn, newValue.endsOn, newValue.place)
        }
    }
}

/// A session of a course.
package final class TrainingSessionModel: Model, @unchecked Sendable {
    package static let schema = "training_sessions"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "training_id") package var training: TrainingModel
    @Field(key: "held_on") package var heldOn: CalendarDate
    @Field(key: "topic") package var topic: String

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $training, $heldOn, $topic]) }
}

/// A person registered for a course by their organization's curator, with the certificate once issued (numbered
/// within the course).
package final class TrainingRegistrationModel: Model, @unchecked Sendable {
    package static let schema = "training_registrations"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "training_id") package var training: TrainingModel
    @Parent(key: "person_id") package var person: PersonModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "registered_by") package var registeredBy: String
    @Field(key: "registered_at") package var registeredAt: Date
    @OptionalField(key: "certificate_number") package var certificateNumber: Int?
    @OptionalField(key: "certificate_issued_on") package var certificateIssuedOn: CalendarDate?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $training, $person, $organization, $registeredBy, $registeredAt, $certificateNumber,
            $certificateIssuedOn,
        ])
    }
}

/// A registered person present at a session.
package final class TrainingAttendanceModel: Model, @unchecked Sendable {
    package static let schema = "training_attendance"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "registration_id") package var registration: TrainingRegistrationModel
    @Parent(key: "session_id") package var session: TrainingSessionModel

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $registration, $session]) }
}
