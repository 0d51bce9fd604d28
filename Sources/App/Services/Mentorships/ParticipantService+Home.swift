import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Моё наставничество» as values: the person's pairs on either side, what is coming, and what is asked of them.
struct ParticipantHome: Sendable {
    struct Pair: Sendable {
        var id: UUID
        /// The mentees of the person's own pair, or the mentor of a pair where the person is mentored.
        var counterpart: String
        var form: MentoringForm
        var status: MentorshipStatus
        var planProgress: Int?
    }

    struct FeedbackRequest: Sendable {
        var token: String
        var topic: String
        var startsAt: Date
    }

    struct Task: Sendable {
        var pair: UUID
        var title: String
        var due: CalendarDate
        /// Days past the due day; nil while it is not overdue.
        var overdueDays: Int?
    }

    var mentoring: [Pair]
    var mentored: [Pair]
    /// The next planned meetings, at most ten.
    var upcoming: [MeetingSummary]
    var feedback: [FeedbackRequest]
    var tasks: [Task]
    /// Minutes of meetings held this month in the person's own pairs.
    var minutesThisMonth: Int
    /// Unread reminders about the pairs' risks.
    var reminders: [AccountNotification]
}

extension ParticipantService {
    func home() async throws -> ParticipantHome {
        let overview = try await overview()
        let people = overview.people
        let today = scope.today
        func pair(_ m: MentorshipModel, mentor: Bool) throws -> ParticipantHome.Pair {
            ParticipantHome.Pair(
                id: try m.requireID(),
                counterpart: mentor ? people.mentees(of: m).map(\.name).joined(separator: ", ") : people.mentorName(m),
                form: m.form, status: m.status, planProgress: m.plan?.progressPercent)
        }
        let upcoming = try overview.meetings.filter { $0.status == .planned && $0.startsAt >= scope.now }.prefix(10)
            .map { try $0.summary }
        let tasks = try overview.all.filter { !$0.status.isClosed }.flatMap { m in
            try (m.plan?.tasks ?? []).filter { $0.status == .planned }.map { task in
                ParticipantHome.Task(
                    pair: try m.requireID(), title: task.title, due: task.due,
                    overdueDays: task.isOverdue(on: today) ? task.due.days(until: today) : nil)
            }
        }
        let monthStart = MeetingClock.moment(
            CalendarDate(year: today.year, month: today.month, day: 1)!, hour: 0, minute: 0)!
        let mine = Set(try overview.mentoring.map { try $0.requireID() })
        let minutes = overview.meetings.filter {
            mine.contains($0.$mentorship.id) && $0.status == .held && $0.startsAt >= monthStart
        }.reduce(0) { $0 + $1.durationMinutes }
        return ParticipantHome(
            mentoring: try overview.mentoring.map { try pair($0, mentor: true) },
            mentored: try overview.mentored.map { try pair($0, mentor: false) }, upcoming: Array(upcoming),
            feedback: overview.feedback.map {
                ParticipantHome.FeedbackRequest(token: $0.token, topic: $0.meeting.topic, startsAt: $0.meeting.startsAt)
            },
            tasks: tasks, minutesThisMonth: minutes,
            reminders: overview.notifications.filter { $0.readAt == nil && $0.kind == "risk" })
    }
}
