import Foundation

/// The weekly rhythm (ритм встреч): how often a pair of a form must meet and how long the curator waits for
/// feedback and for any sign of life from a mentor.
public struct RhythmRule: Codable, Equatable, Sendable {
    /// Longest gap between meetings, in days.
    public var meetingIntervalDays: Int
    /// Days after a held meeting by which every participant should have given feedback.
    public var feedbackDays: Int
    /// Days without any logged activity after which a mentor is reminded.
    public var mentorIdleDays: Int

    public init(meetingIntervalDays: Int, feedbackDays: Int = 3, mentorIdleDays: Int = 14) {
        self.meetingIntervalDays = meetingIntervalDays
        self.feedbackDays = feedbackDays
        self.mentorIdleDays = mentorIdleDays
    }

    /// Teacher–teacher pairs meet no less than once a week, as the teacher model requires; other forms every two weeks.
    public static func standard(for form: MentoringForm) -> RhythmRule {
        switch form {
        case .teacherTeacher, .headTeacher: RhythmRule(meetingIntervalDays: 7)
        default: RhythmRule(meetingIntervalDays: 14)
        }
    }
}

/// Held meetings of a pair still waiting for someone's feedback: how many, and the day of the oldest.
public struct AwaitedFeedback: Equatable, Sendable {
    public var meetings: Int
    public var oldest: CalendarDate

    public init(meetings: Int, oldest: CalendarDate) {
        self.meetings = meetings
        self.oldest = oldest
    }
}

/// What the daily check needs to know about one working pair.
public struct RhythmFacts: Sendable {
    public var mentorshipID: UUID
    public var form: MentoringForm
    /// The day the pair started working (fixed or activated); the first interval counts from it.
    public var since: CalendarDate
    public var lastHeldMeeting: CalendarDate?
    /// Held meetings with at least one participant's feedback still missing.
    public var awaitedFeedback: AwaitedFeedback?
    public var overdueTaskDues: [CalendarDate]
    /// The mentor's latest logged action in the system: a meeting, a feedback, a plan change.
    public var mentorLastActivity: CalendarDate?
    /// The day a participant's answer after the trial meeting showed the pair does not fit, if one did.
    public var lowCompatibilityOn: CalendarDate?

    public init(
        mentorshipID: UUID, form: MentoringForm, since: CalendarDate, lastHeldMeeting: CalendarDate? = nil,
        awaitedFeedback: AwaitedFeedback? = nil, overdueTaskDues: [CalendarDate] = [],
        mentorLastActivity: CalendarDate? = nil,
        lowCompatibilityOn: CalendarDate? = nil
    ) {
        self.mentorshipID = mentorshipID
        self.form = form
        self.since = since
        self.lastHeldMeeting = lastHeldMeeting
        self.awaitedFeedback = awaitedFeedback
        self.overdueTaskDues = overdueTaskDues
        self.mentorLastActivity = mentorLastActivity
        self.lowCompatibilityOn = lowCompatibilityOn
    }
}

/// A risk the curator sees and the mentor is reminded of, with the days it is overdue.
public struct RhythmRisk: Codable, Equatable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case noMeeting = "no_meeting"
        case noFeedback = "no_feedback"
        case overdueTasks = "overdue_tasks"
        case mentorIdle = "mentor_idle"
        case lowCompatibility = "low_compatibility"

        public var title: String {
            switch self {
            case .noMeeting: "Нет встречи"
            case .noFeedback: "Нет обратной связи"
            case .overdueTasks: "Просрочены задачи плана"
            case .mentorIdle: "Наставник не активен"
            case .lowCompatibility: "Низкая совместимость"
            }
        }
    }

    public var mentorshipID: UUID
    public var kind: Kind
    public var daysOverdue: Int
    public var message: String

    public init(mentorshipID: UUID, kind: Kind, daysOverdue: Int, message: String) {
        self.mentorshipID = mentorshipID
        self.kind = kind
        self.daysOverdue = daysOverdue
        self.message = message
    }
}

/// The daily check of the rhythm: pure, so the benchmark and the tests run exactly what the server runs.
public enum RhythmCheck {
    public static func risks(_ facts: RhythmFacts, rule: RhythmRule, on today: CalendarDate) -> [RhythmRisk] {
        var risks: [RhythmRisk] = []
        let id = facts.mentorshipID
        let lastMeeting = facts.lastHeldMeeting ?? facts.since
        let gap = lastMeeting.days(until: today) - rule.meetingIntervalDays
        if gap > 0 {
            let what = facts.lastHeldMeeting.map { "последняя встреча \($0.russian)" } ?? "встреч ещё не было"
            risks.append(
                RhythmRisk(
                    mentorshipID: id, kind: .noMeeting, daysOverdue: gap,
                    message: "Пара должна встречаться раз в \(rule.meetingIntervalDays) дн.: \(what)."))
        }
        if let awaited = facts.awaitedFeedback {
            let oldest = awaited.oldest
            let late = oldest.days(until: today) - rule.feedbackDays
            if late > 0 {
                risks.append(
                    RhythmRisk(
                        mentorshipID: id, kind: .noFeedback, daysOverdue: late,
                        message: "Нет обратной связи по встречам: \(awaited.meetings), первая — \(oldest.russian)."))
            }
        }
        if let oldest = facts.overdueTaskDues.min(), oldest < today {
            risks.append(
                RhythmRisk(
                    mentorshipID: id, kind: .overdueTasks, daysOverdue: oldest.days(until: today),
                    message: "Просрочено задач плана: \(facts.overdueTaskDues.count), срок первой — \(oldest.russian).")
            )
        }
        let active = facts.mentorLastActivity ?? facts.since
        let idle = active.days(until: today) - rule.mentorIdleDays
        if idle > 0 {
            risks.append(
                RhythmRisk(
                    mentorshipID: id, kind: .mentorIdle, daysOverdue: idle,
                    message: "Наставник ничего не отмечал в системе с \(active.russian)."))
        }
        if let flagged = facts.lowCompatibilityOn {
            risks.append(
                RhythmRisk(
                    mentorshipID: id, kind: .lowCompatibility, daysOverdue: max(0, flagged.days(until: today)),
                    message:
                        "После пробной встречи участник оценил совместимость низко (\(flagged.russian)): поговорите с парой."
                ))
        }
        return risks
    }
}
