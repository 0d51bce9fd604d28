import Fluent
import FluentKit
import Foundation
import MentoringCore

final class MentorProfileModel: Model, @unchecked Sendable {
    static let schema = "mentor_profiles"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "person_id") var person: PersonModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "forms") var forms: String
    @Field(key: "role_models") var roleModels: String
    @Field(key: "competencies") var competencies: String
    @OptionalField(key: "competency_notes") var competencyNotes: String?
    @OptionalField(key: "experience") var experience: String?
    @Field(key: "interests") var interests: String
    @OptionalField(key: "mentee_ages") var menteeAges: String?
    @OptionalField(key: "weekly_hours") var weeklyHours: Int?
    @Field(key: "capacity") var capacity: Int
    @Field(key: "group_allowed") var groupAllowed: Bool
    @Field(key: "format") var format: MeetingFormat
    @Field(key: "trainings") var trainings: String
    @Field(key: "status") var status: MentorProfile.Status
    @OptionalField(key: "registry_order") var registryOrder: String?
    @Field(key: "offered_to_others") var offeredToOthers: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var value: MentorProfile {
        get {
            MentorProfile(
                forms: StoredJSON.decode([String].self, forms, fallback: []).compactMap(MentoringForm.init(rawValue:)),
                roleModels: StoredJSON.decode([String].self, roleModels, fallback: []),
                competencies: StoredJSON.decode([String].self, competencies, fallback: []),
                competencyNotes: competencyNotes,
                experience: experience, interests: StoredJSON.decode([String].self, interests, fallback: []),
                menteeAges: menteeAges,
                weeklyHours: weeklyHours, capacity: capacity, groupAllowed: groupAllowed,
                format: format,
                trainings: StoredJSON.decode([MentorTraining].self, trainings, fallback: []),
                status: status, registryOrder: registryOrder,
                offeredToOthers: offeredToOthers)
        }
        set {
            forms = StoredJSON.encode(newValue.forms.map(\.rawValue))
            roleModels = StoredJSON.encode(newValue.roleModels)
            competencies = StoredJSON.encode(newValue.competencies)
            competencyNotes = newValue.competencyNotes
            experience = newValue.experience
            interests = StoredJSON.encode(newValue.interests)
            menteeAges = newValue.menteeAges
            weeklyHours = newValue.weeklyHours
            capacity = newValue.capacity
            groupAllowed = newValue.groupAllowed
            format = newValue.format
            trainings = StoredJSON.encode(newValue.trainings)
            status = newValue.status
            registryOrder = newValue.registryOrder
            offeredToOthers = newValue.offeredToOthers
        }
    }
}

final class MenteeProfileModel: Model, @unchecked Sendable {
    static let schema = "mentee_profiles"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "person_id") var person: PersonModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "form") var form: MentoringForm
    @Field(key: "requests") var requests: String
    @OptionalField(key: "request_notes") var requestNotes: String?
    @Field(key: "interests") var interests: String
    @OptionalField(key: "weekly_hours") var weeklyHours: Int?
    @Field(key: "format") var format: MeetingFormat
    @Field(key: "status") var status: MenteeProfile.Status
    @Field(key: "waiting_since") var waitingSince: CalendarDate
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var value: MenteeProfile {
        get {
            MenteeProfile(
                form: form,
                requests: StoredJSON.decode([MenteeRequest].self, requests, fallback: []), requestNotes: requestNotes,
                interests: StoredJSON.decode([String].self, interests, fallback: []), weeklyHours: weeklyHours,
                format: format,
                status: status,
                waitingSince: waitingSince)
        }
        set {
            form = newValue.form
            requests = StoredJSON.encode(newValue.requests)
            requestNotes = newValue.requestNotes
            interests = StoredJSON.encode(newValue.interests)
            weeklyHours = newValue.weeklyHours
            format = newValue.format
            status = newValue.status
            waitingSince = newValue.waitingSince
        }
    }
}
