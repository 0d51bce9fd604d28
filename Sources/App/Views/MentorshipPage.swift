import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `mentorships/show.leaf`: one pair or group with its whole history — people, status, orders, plan, meetings,
/// feedback, the report.
struct MentorshipPage: Encodable {
    struct Person: Encodable {
        var name: String
        var role: String
        var note: String?
    }
    struct Event: Encodable {
        var at: String
        var change: String
        var note: String
        var actor: String
    }
    struct Goal: Encodable {
        var id: String
        var title: String
        var request: String?
        var achieved: Bool
    }
    struct Task: Encodable {
        var id: String
        var title: String
        var due: String
        var status: String
        var goal: String
        var overdue: Bool
        var done: Bool
    }
    struct Meeting: Encodable {
        var url: String
        var when: String
        var type: String
        var topic: String
        var status: String
        var feedback: String
    }
    struct Risk: Encodable {
        var title: String
        var message: String
        var days: Int
    }

    var meta: PageMeta
    var notice: String?
    var error: String?
    var status: String
    var statusKey: String
    var form: String
    var roleModel: String?
    var kinds: String
    var period: String
    var mentors: [Person]
    var mentees: [Person]
    var events: [Event]
    var orders: [Link]
    var previous: String?
    var goals: [Goal]
    var tasks: [Task]
    var progress: String
    var expectedResults: String
    var route: String
    var meetings: [Meeting]
    var feedbackAverage: String
    var risks: [Risk]
    var report: MentorReportText
    var bestPractice: Bool
    var manages: Bool
    var keepsRecords: Bool
    var canActivate: Bool
    var canComplete: Bool
    var isOpen: Bool
    var urls: [String: String]
    var reasons: [FormField.Option]
    var otherMentors: [FormField.Option]
    var goalOptions: [FormField.Option]
    var taskStatuses: [FormField.Option]

    init(
        layout: PageLayout, today: CalendarDate, detail: MentorshipDetail, otherMentors: [FormField.Option],
        risks: [RhythmRisk], notice: String?,
        error: String?
    ) throws {
        let m = detail.mentorship
        let people = detail.people
        let id = Slot.id(detail.id)
        let status = m.status
        let title =
            "Пара: " + people.mentorName(m) + " — " + people.mentees(of: m).map(\.shortName).joined(separator: ", ")
        var crumbs: [Link] = []
        if detail.access.isStaff {
            crumbs = [
                Link(detail.program.title, .program(.id(try detail.program.requireID()))),
                Link("Пары и группы", .mentorships(.id(try detail.program.requireID()))),
            ]
        } else {
            crumbs = [Link("Моё наставничество", .myMentoring)]
        }
        meta = layout.meta(title, breadcrumbs: crumbs, scopeName: detail.access.organization.shortName)
        self.notice = notice
        self.error = error
        self.status = status.title
        statusKey = status.rawValue
        form = m.form.title
        roleModel = m.roleModel
        kinds = m.kinds.map(\.title).joined(separator: ", ")
        period = m.periodText ?? "—"
        mentors = ([people.mentor(of: m)].compactMap { $0 } + people.coMentors(of: m)).map {
            Person(name: $0.name, role: $0.role, note: $0.consentProblem)
        }
        mentees = people.mentees(of: m).map { Person(name: $0.name, role: $0.role, note: $0.consentProblem) }
        events = detail.events.map { event in
            let from = event.fromStatus?.title
            let to = event.toStatus.title
            return Event(
                at: MeetingClock.russian(event.at), change: from.map { "\($0) → \(to)" } ?? to, note: event.note,
                actor: event.actor)
        }
        orders =
            detail.access.isStaff
            ? try detail.orders.map { Link("\($0.title) (\($0.reference))", .order(.id(try $0.requireID()))) } : []
        previous = m.previousMentorshipID.map { SiteURL.mentorship(.id($0)).path }
        let plan = m.plan ?? PersonalPlan()
        goals = plan.goals.map { Goal(id: $0.id, title: $0.title, request: $0.request, achieved: $0.achieved) }
        tasks = plan.tasks.map { task in
            Task(
                id: task.id, title: task.title, due: task.due.russian, status: task.status.title,
                goal: plan.goals.first { $0.id == task.goalID }?.title ?? "", overdue: task.isOverdue(on: today),
                done: task.status == .done)
        }
        progress = plan.progressPercent.map { "\($0) %" } ?? "задач пока нет"
        expectedResults = plan.expectedResults
        route = plan.route
        let answered = Dictionary(grouping: detail.feedback, by: { $0.$meeting.id })
        meetings = try detail.meetings.map { meeting in
            let feedback = answered[(try meeting.requireID())] ?? []
            let done = feedback.filter { $0.answeredAt != nil }
            return Meeting(
                url: SiteURL.meeting(.id(try meeting.requireID())).path, when: MeetingClock.russian(meeting.startsAt),
                type: meeting.type.title,
                topic: meeting.topic, status: meeting.status.title,
                feedback: feedback.isEmpty ? "—" : "\(done.count) из \(feedback.count)")
        }
        let ratings = detail.feedback.compactMap(\.rating)
        feedbackAverage = RussianCount.ratings(ratings) ?? "ответов пока нет"
        self.risks = risks.map { Risk(title: $0.kind.title, message: $0.message, days: $0.daysOverdue) }
        report = m.report
        bestPractice = m.bestPractice ?? false
        manages = detail.access.manages
        keepsRecords = detail.access.keepsRecords
        canActivate = status == .fixed
        canComplete = status == .active
        isOpen = !status.isClosed
        urls = [
            "status": SiteURL.mentorshipStatus(id).path, "mentor": SiteURL.mentorshipMentor(id).path,
            "plan": SiteURL.mentorshipPlan(id).path,
            "planDocx": SiteURL.mentorshipPlanDocument(id).path, "report": SiteURL.mentorshipReport(id).path,
            "reportDocx": SiteURL.mentorshipReportDocument(id).path, "newMeeting": SiteURL.newMeeting(id).path,
            "agreement": SiteURL.mentorAgreement(id).path,
        ]
        reasons = FormField.options(TerminationReason.self, selected: nil, title: \.title)
        self.otherMentors = otherMentors
        goalOptions =
            [FormField.Option(value: "", title: "без цели", selected: true)]
            + plan.goals.map { FormField.Option(value: $0.id, title: $0.title, selected: false) }
        taskStatuses = FormField.options(PersonalPlan.TaskStatus.self, selected: nil, title: \.title)
    }
}
