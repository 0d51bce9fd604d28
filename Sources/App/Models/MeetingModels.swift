import Fluent
import FluentKit
import Foundation
import MentoringCore

final class MeetingModel: Model, @unchecked Sendable {
    static let schema = "meetings"
    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: MentorshipModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Parent(key: "mentor_profile_id") var mentor: MentorProfileModel
    @Field(key: "type") var type: MeetingType
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "format") var format: MeetingPlace
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "link") var link: String?
    @Field(key: "topic") var topic: String
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "status") var status: MeetingStatus
    /// Person id → attended, as JSON.
    @Field(key: "attendance") var attendanceText: String
    /// Ids of the personal plan's tasks the meeting worked on, as JSON.
    @Field(key: "task_ids") var taskIDsText: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var attendance: [UUID: Bool] {
        get { StoredJSON.decode([UUID: Bool].self, attendanceText, fallback: [:]) }
        set { attendanceText = StoredJSON.encode(newValue) }
    }

    var taskIDs: [String] {
        get { StoredJSON.decode([String].self, taskIDsText, fallback: []) }
        set { taskIDsText = StoredJSON.encode(newValue) }
    }

    func apply(_ valid: MeetingInput.Valid) {
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

    var whereText: String { place ?? link ?? "" }
}

/// One participant's feedback on one meeting: a personal link until answered, then the answers.
final class MeetingFeedbackModel: Model, @unchecked Sendable {
    static let schema = "meeting_feedback"
    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: MeetingModel
    @Parent(key: "mentorship_id") var mentorship: MentorshipModel
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "role") var role: String
    @Field(key: "questionnaire") var questionnaire: String
    @Field(key: "token") var token: String
    @OptionalField(key: "answers") var answersText: String?
    /// The mean of the scale answers scaled to 1–5: what averages and the compatibility flag read.
    @OptionalField(key: "rating") var rating: Double?
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "expires_at") var expiresAt: Date?

    /// How long a meeting's feedback link takes answers.
    static let lifetime: TimeInterval = 30 * 86_400

    /// The moment the link stops taking an answer; links older than the expiry column end by the lifetime.
    var deadline: Date { expiresAt ?? createdAt.addingTimeInterval(Self.lifetime) }

    init() {}
}

final class NotificationModel: Model, @unchecked Sendable {
    static let schema = "notifications"
    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: AccountModel
    @Field(key: "kind") var kind: String
    @Field(key: "key") var key: String
    @Field(key: "text") var text: String
    @Field(key: "link") var link: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}
}
