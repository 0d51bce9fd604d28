import FluentKit
import Foundation
import MentoringCore

/// A mentoring pair or group: one mentor profile and its mentees; a draft until an order fixes it.
package final class MentorshipModel: Model, @unchecked Sendable {
    package static let schema = "mentorships"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Parent(key: "mentor_profile_id") package var mentor: MentorProfileModel
    @Field(key: "form") package var form: MentoringForm
    @Field(key: "status") package var status: MentorshipStatus
    @OptionalField(key: "matching_run_id") package var matchingRunID: UUID?
    @OptionalField(key: "score") package var score: Double?
    @OptionalField(key: "group_theme") package var groupTheme: String?
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "role_model") package var roleModel: String?
    @OptionalField(key: "kinds") package var kindsText: String?
    @OptionalField(key: "starts_on") package var startsOn: CalendarDate?
    @OptionalField(key: "ends_on") package var endsOn: CalendarDate?
    /// Mentor profile ids of co-mentors, as JSON.
    @OptionalField(key: "co_mentors") package var coMentorsText: String?
    @OptionalField(key: "previous_mentorship_id") package var previousMentorshipID: UUID?
    @OptionalField(key: "termination_reason") package var terminationReason: TerminationReason?
    @OptionalField(key: "closed_on") package var closedOn: CalendarDate?
    /// The day the pair was fixed or started working: the rhythm counts from it.
    @OptionalField(key: "active_since") package var activeSince: CalendarDate?
    @OptionalField(key: "plan") package var planText: String?
    @OptionalField(key: "report") package var reportText: String?
    @OptionalField(key: "best_practice") package var bestPractice: Bool?
    /// Due days (`YYYY-MM-DD`, space-separated) of the plan's tasks still planned; written with the plan.
    @OptionalField(key: "planned_task_dues") package var plannedTaskDuesText: String?
    @Children(for: \.$mentorship) package var mentees: [MentorshipMenteeModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $program, $organization, $mentor, $form, $status, $matchingRunID, $score, $groupTheme, $createdAt,
            $roleModel, $kindsText, $startsOn, $endsOn, $coMentorsText, $previousMentorshipID, $terminationReason,
            $closedOn, $activeSince, $planText, $reportText, $bestPractice, $plannedTaskDuesText, $mentees,
        ])
    }

    /// The one way a pair's status changes: only as the core's state machine allows, with the day it takes effect —
    /// fixing and starting set the day the rhythm counts from; completing and terminating close the pair.
    package func move(to next: MentorshipStatus, on day: CalendarDate) throws(DomainError) {
        guard status.allows(next) else {
            throw .conflict("Из статуса «\(status.title)» нельзя перейти в «\(next.title)».")
        }
        status = next
        switch next {
        case .fixed, .active: activeSince = day
        case .completed, .terminated: closedOn = day
        case .draft: break
        }
    }

    /// «01.09.2026 – 31.05.2027»; `nil` while either end is missing.
    package var periodText: String? {
        guard let start = startsOn, let end = endsOn else { return nil }
        return "\(start.russian) – \(end.russian)"
    }

    package var kinds: [MentoringKind] {
        get {
            StoredJSON.decode([String].self, kindsText ?? "[]", fallback: []).compactMap(MentoringKind.init(rawValue:))
        }
        set { kindsText = StoredJSON.encode(newValue.map(\.rawValue)) }
    }

    package var coMentors: [UUID] {
        get { StoredJSON.decode([UUID].self, coMentorsText ?? "[]", fallback: []) }
        set { coMentorsText = StoredJSON.encode(newValue) }
    }

    package var plan: PersonalPlan? {
        get { planText.map { StoredJSON.decode(PersonalPlan.self, $0, fallback: PersonalPlan()) } }
        set {
            planText = newValue.map(StoredJSON.encode)
            plannedTaskDuesText = newValue.map { $0.plannedTaskDues.map(\.description).joined(separator: " ") }
        }
    }

    /// The due days of the plan's planned tasks, without decoding the plan.
    package var plannedTaskDues: [CalendarDate] {
        (plannedTaskDuesText ?? "").split(separator: " ").compactMap { CalendarDate(parsing: String($0)) }
    }

    package var report: MentorReportText {
        get { StoredJSON.decode(MentorReportText.self, reportText ?? "{}", fallback: MentorReportText()) }
        set { reportText = StoredJSON.encode(newValue) }
    }
}

package final class MentorshipMenteeModel: Model, @unchecked Sendable {
    package static let schema = "mentorship_mentees"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    @Parent(key: "mentee_profile_id") package var mentee: MenteeProfileModel

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $mentorship, $mentee]) }
}

package final class MentorshipEventModel: Model, @unchecked Sendable {
    package static let schema = "mentorship_events"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    @Field(key: "at") package var at: Date
    @OptionalField(key: "from_status") package var fromStatus: MentorshipStatus?
    @Field(key: "to_status") package var toStatus: MentorshipStatus
    @Field(key: "note") package var note: String
    @Field(key: "actor") package var actor: String

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $mentorship, $at, $fromStatus, $toStatus, $note, $actor])
    }
}

/// The mentor's own words in the analytic report of the pair.
package struct MentorReportText: Codable, Equatable {
    package var results = ""
    package var difficulties = ""
    package var proposals = ""
    package var submittedOn: String?
}
