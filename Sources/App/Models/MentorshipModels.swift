import Fluent
import FluentKit
import Foundation
import MentoringCore

/// A mentoring pair or group: one mentor profile and its mentees; a draft until an order fixes it.
final class MentorshipModel: Model, @unchecked Sendable {
    static let schema = "mentorships"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Parent(key: "mentor_profile_id") var mentor: MentorProfileModel
    @Field(key: "form") var form: MentoringForm
    @Field(key: "status") var status: MentorshipStatus
    @OptionalField(key: "matching_run_id") var matchingRunID: UUID?
    @OptionalField(key: "score") var score: Double?
    @OptionalField(key: "group_theme") var groupTheme: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "role_model") var roleModel: String?
    @OptionalField(key: "kinds") var kindsText: String?
    @OptionalField(key: "starts_on") var startsOn: CalendarDate?
    @OptionalField(key: "ends_on") var endsOn: CalendarDate?
    /// Mentor profile ids of co-mentors, as JSON.
    @OptionalField(key: "co_mentors") var coMentorsText: String?
    @OptionalField(key: "previous_mentorship_id") var previousMentorshipID: UUID?
    @OptionalField(key: "termination_reason") var terminationReason: TerminationReason?
    @OptionalField(key: "closed_on") var closedOn: CalendarDate?
    /// The day the pair was fixed or started working: the rhythm counts from it.
    @OptionalField(key: "active_since") var activeSince: CalendarDate?
    @OptionalField(key: "plan") var planText: String?
    @OptionalField(key: "report") var reportText: String?
    @OptionalField(key: "best_practice") var bestPractice: Bool?
    /// Due days (`YYYY-MM-DD`, space-separated) of the plan's tasks still planned; written with the plan.
    @OptionalField(key: "planned_task_dues") var plannedTaskDuesText: String?
    @Children(for: \.$mentorship) var mentees: [MentorshipMenteeModel]

    init() {}

    /// The one way a pair's status changes: only as the core's state machine allows, with the day it takes effect —
    /// fixing and starting set the day the rhythm counts from; completing and terminating close the pair.
    func move(to next: MentorshipStatus, on day: CalendarDate) throws(DomainError) {
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
    var periodText: String? {
        guard let start = startsOn, let end = endsOn else { return nil }
        return "\(start.russian) – \(end.russian)"
    }

    var kinds: [MentoringKind] {
        get {
            StoredJSON.decode([String].self, kindsText ?? "[]", fallback: []).compactMap(MentoringKind.init(rawValue:))
        }
        set { kindsText = StoredJSON.encode(newValue.map(\.rawValue)) }
    }

    var coMentors: [UUID] {
        get { StoredJSON.decode([UUID].self, coMentorsText ?? "[]", fallback: []) }
        set { coMentorsText = StoredJSON.encode(newValue) }
    }

    var plan: PersonalPlan? {
        get { planText.map { StoredJSON.decode(PersonalPlan.self, $0, fallback: PersonalPlan()) } }
        set {
            planText = newValue.map(StoredJSON.encode)
            plannedTaskDuesText = newValue.map { $0.plannedTaskDues.map(\.description).joined(separator: " ") }
        }
    }

    /// The due days of the plan's planned tasks, without decoding the plan.
    var plannedTaskDues: [CalendarDate] {
        (plannedTaskDuesText ?? "").split(separator: " ").compactMap { CalendarDate(parsing: String($0)) }
    }

    var report: MentorReportText {
        get { StoredJSON.decode(MentorReportText.self, reportText ?? "{}", fallback: MentorReportText()) }
        set { reportText = StoredJSON.encode(newValue) }
    }
}

final class MentorshipMenteeModel: Model, @unchecked Sendable {
    static let schema = "mentorship_mentees"
    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: MentorshipModel
    @Parent(key: "mentee_profile_id") var mentee: MenteeProfileModel

    init() {}
}

final class MentorshipEventModel: Model, @unchecked Sendable {
    static let schema = "mentorship_events"
    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: MentorshipModel
    @Field(key: "at") var at: Date
    @OptionalField(key: "from_status") var fromStatus: MentorshipStatus?
    @Field(key: "to_status") var toStatus: MentorshipStatus
    @Field(key: "note") var note: String
    @Field(key: "actor") var actor: String

    init() {}
}

/// The mentor's own words in the analytic report of the pair.
struct MentorReportText: Codable, Equatable {
    var results = ""
    var difficulties = ""
    var proposals = ""
    var submittedOn: String?
}
