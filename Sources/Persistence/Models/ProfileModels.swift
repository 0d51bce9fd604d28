import FluentKit
import Foundation
import MentoringCore

package final class MentorProfileModel: Model, @unchecked Sendable {
    package static let schema = "mentor_profiles"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "person_id") package var person: PersonModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "forms") package var forms: String
    @Field(key: "role_models") package var roleModels: String
    @Field(key: "competencies") package var competencies: String
    @OptionalField(key: "competency_notes") package var competencyNotes: String?
    @OptionalField(key: "experience") package var experience: String?
    @Field(key: "interests") package var interests: String
    @OptionalField(key: "mentee_ages") package var menteeAges: String?
    @OptionalField(key: "weekly_hours") package var weeklyHours: Int?
    @Field(key: "capacity") package var capacity: Int
    @Field(key: "group_allowed") package var groupAllowed: Bool
    @Field(key: "format") package var format: MeetingFormat
    @Field(key: "trainings") package var trainings: String
    @Field(key: "status") package var status: MentorProfile.Status
    @OptionalField(key: "registry_order") package var registryOrder: String?
    @Field(key: "offered_to_others") package var offeredToOthers: Bool
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $program, $person, $organization, $forms, $roleModels, $competencies, $competencyNotes, $experience,
            $interests, $menteeAges, $weeklyHours, $capacity, $groupAllowed, $format, $trainings, $status,
            $registryOrder, $offeredToOthers, $createdAt,
        ])
    }

    /// The forms alone, without decoding the rest of the profile (a base checks them for every mentor).
    package var mentoringForms: [MentoringForm] {
        StoredJSON.decode([String].self, forms, fallback: []).compactMap(MentoringForm.init(rawValue:))
    }

    package var value: MentorProfile {
        get {
            MentorProfile(
                forms: mentoringForms,
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

package final class MenteeProfileModel: Model, @unchecked Sendable {
    package static let schema = "mentee_profiles"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "person_id") package var person: PersonModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "form") package var form: MentoringForm
    @Field(key: "requests") package var requests: String
    @OptionalField(key: "request_notes") package var requestNotes: String?
    @Field(key: "interests") package var interests: String
    @OptionalField(key: "weekly_hours") package var weeklyHours: Int?
    @Field(key: "format") package var format: MeetingFormat
    @Field(key: "status") package var status: MenteeProfile.Status
    @Field(key: "waiting_since") package var waitingSince: CalendarDate
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $program, $person, $organization, $form, $requests, $requestNotes, $interests, $weeklyHours, $format,
            $status, $waitingSince, $createdAt,
        ])
    }

    package var value: MenteeProfile {
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
