import Foundation
import MentoringCore

/// «Моё наставничество» (`my/home.leaf`): reminders, the person's pairs, the coming meetings, the feedback asked of
/// them and the open tasks of their plans.
struct MyMentoringContext: Encodable, Sendable {
    struct Reminder: Encodable, Sendable {
        var text: String
        var url: String
    }

    struct Pair: Encodable, Sendable {
        var url: String
        var counterpart: String
        var form: String
        var status: String
        var statusTitle: String
        var progress: String

        init(_ pair: ParticipantHome.Pair) {
            url = SiteURL.mentorship(.id(pair.id)).path
            counterpart = pair.counterpart
            form = pair.form.title
            status = pair.status.rawValue
            statusTitle = pair.status.title
            progress = pair.planProgress.map { "\($0) %" } ?? "—"
        }
    }

    struct Meeting: Encodable, Sendable {
        var url: String
        var when: String
        var type: String
        var topic: String
        var place: String
    }

    struct Feedback: Encodable, Sendable {
        var url: String
        var topic: String
        var when: String
    }

    struct Task: Encodable, Sendable {
        var url: String
        var title: String
        var due: String
        var overdue: String
    }

    var meta: PageMeta
    /// Hours and minutes of the person's own pairs' meetings this month, for a mentor.
    var monthTime: String?
    var calendar: String
    var reminders: [Reminder]
    var mentoring: [Pair]
    var mentored: [Pair]
    var meetings: [Meeting]
    var feedback: [Feedback]
    var tasks: [Task]

    init(meta: PageMeta, home: ParticipantHome) {
        self.meta = meta
        let minutes = home.minutesThisMonth
        monthTime = home.mentoring.isEmpty ? nil : "\(minutes / 60) ч \(minutes % 60) мин"
        calendar = SiteURL.calendar.path
        reminders = home.reminders.map { Reminder(text: $0.text, url: $0.link) }
        mentoring = home.mentoring.map(Pair.init)
        mentored = home.mentored.map(Pair.init)
        meetings = home.upcoming.map { meeting in
            Meeting(
                url: SiteURL.meeting(.id(meeting.id.rawValue)).path, when: MeetingClock.russian(meeting.startsAt),
                type: meeting.type.title, topic: meeting.topic, place: meeting.place)
        }
        feedback = home.feedback.map {
            Feedback(url: SiteURL.feedback($0.token).path, topic: $0.topic, when: MeetingClock.russian($0.startsAt))
        }
        tasks = home.tasks.map { task in
            Task(
                url: SiteURL.mentorship(.id(task.pair)).path, title: task.title, due: task.due.russian,
                overdue: task.overdueDays.map { "просрочена на \($0) дн." } ?? "")
        }
    }
}
