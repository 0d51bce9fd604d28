import FluentKit
import Foundation
import MentoringCore

package final class MeetingModel: Model, @unchecked Sendable {
    package static let schema = "meetings"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Parent(key: "mentor_profile_id") package var mentor: MentorProfileModel
    @Field(key: "type") package var type: MeetingType
    @Field(key: "starts_at") package var startsAt: Date
    @Field(key: "ends_at") package var endsAt: Date
    @Field(key: "duration_minutes") package var durationMinutes: Int
    @Field(key: "format") package var format: MeetingPlace
    @OptionalField(key: "place") package var place: String?
    @OptionalField(key: "link") package var link: String?
    @Field(key: "topic") package var topic: String
    @OptionalField(key: "notes") package var notes: String?
    @Field(key: "status") package var status: MeetingStatus
    /// Person id → attended, as JSON.
    @Field(key: "attendance") package var attendanceText: String
    /// Ids of the personal plan's tasks the meeting worked on, as JSON.
    @Field(key: "task_ids") package var taskIDsText: String
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $mentorship, $organization, $mentor, $type, $startsAt, $endsAt, $durationMinutes, $format, $place,
            $link, $topic, $notes, $status, $attendanceText, $taskIDsText, $createdBy, $createdAt,
        ])
    }

    package var attendance: [UUID: Bool] {
        get { StoredJSON.decode([UUID: Bool].self, attendanceText, fallback: [:]) }
        set { attendanceText = StoredJSON.encode(newValue) }
    }

    package var taskIDs: [String] {
        get { StoredJSON.decode([String].self, taskIDsText, fallback: []) }
        set { taskIDsText = StoredJSON.encode(newValue) }
    }

    package func apply(_ valid: MeetingInput.Valid) {
        type = valid.type
        startsAt = valid.startsAt
        endsAt = valid.endsAt
        durationMinutes = valid.durationMinutes
        format = valid.format
        place = valid.place
        link = valid.link
        topic = valid.topic
        notes = valid.notes
    }

    package var whereText: String { place ?? link ?? "" }

    package var summary: MeetingSummary {
        get throws {
            MeetingSummary(
                id: .init(try requireID()), startsAt: startsAt, topic: topic, type: type, place: whereText,
                status: status)
        }
    }
}

/// One participant's feedback on one meeting: a personal link until answered, then the answers.
package final class MeetingFeedbackModel: Model, @unchecked Sendable {
    package static let schema = "meeting_feedback"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: MeetingModel
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    @Parent(key: "person_id") package var person: PersonModel
    @Field(key: "role") package var role: String
    @Field(key: "questionnaire") package var questionnaire: String
    @Field(key: "token") package var token: String
    @OptionalField(key: "answers") package var answersText: String?
    /// The mean of the scale answers scaled to 1–5: what averages and the compatibility flag read.
    @OptionalField(key: "rating") package var rating: Double?
    @OptionalField(key: "answered_at") package var answeredAt: Date?
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "expires_at") package var expiresAt: Date?

    /// How long a meeting's feedback link takes answers.
    package static let lifetime: TimeInterval = 30 * 86_400

    /// The moment the link stops taking an answer; links older than the expiry column end by the lifetime.
    package var deadline: Date { expiresAt ?? createdAt.addingTimeInterval(Self.lifetime) }

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $meeting, $mentorship, $person, $role, $questionnaire, $token, $answersText, $rating, $answeredAt,
            $createdAt, $expiresAt,
        ])
    }
}

package final class NotificationModel: Model, @unchecked Sendable {
    package static let schema = "notifications"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: AccountModel
    @Field(key: "kind") package var kind: String
    @Field(key: "key") package var key: String
    @Field(key: "text") package var text: String
    @Field(key: "link") package var link: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "read_at") package var readAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $account, $kind, $key, $text, $link, $createdAt, $readAt])
    }

    package var value: AccountNotification {
        AccountNotification(kind: kind, createdAt: createdAt, text: text, link: link, readAt: readAt)
    }
}
