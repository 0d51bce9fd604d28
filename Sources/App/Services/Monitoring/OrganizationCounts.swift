import Foundation
import MentoringCore

/// What one organization counted in a year: the inputs of the municipal indicators and of the authority's table.
struct OrganizationCounts: Equatable, Sendable {
    var mentees = 0
    var menteeChildren10to19 = 0
    var menteeYoungSpecialists = 0
    var mentors = 0
    var mentorChildren15to19 = 0
    var pairs = 0
    var menteesRequested = 0
    var menteesMatched = 0
    var menteeAnswers = 0
    var satisfiedMentees = 0
    var mentorAnswers = 0
    var satisfiedMentors = 0
    var activities = 0
    var activitiesDone = 0
    var overdueCheckpoints = 0
    var meetingsHeld = 0

    var participants: Int { mentees + mentors }

    static func + (lhs: OrganizationCounts, rhs: OrganizationCounts) -> OrganizationCounts {
        var sum = OrganizationCounts()
        for path in Self.fields { sum[keyPath: path] = lhs[keyPath: path] + rhs[keyPath: path] }
        return sum
    }

    static let fields: [WritableKeyPath<OrganizationCounts, Int>] = [
        \.mentees, \.menteeChildren10to19, \.menteeYoungSpecialists, \.mentors, \.mentorChildren15to19, \.pairs, \.menteesRequested,
        \.menteesMatched, \.menteeAnswers, \.satisfiedMentees, \.mentorAnswers, \.satisfiedMentors, \.activities, \.activitiesDone,
        \.overdueCheckpoints, \.meetingsHeld,
    ]
}

/// The period and rules an indicator query counts in.
struct CountingRules: Sendable {
    var year: DateSpan
    var referenceDate: CalendarDate
    var threshold: SatisfactionThreshold
    var today: CalendarDate

    init(figures: MunicipalFigures, today: CalendarDate, span: DateSpan? = nil) {
        year = span ?? figures.span
        referenceDate = figures.referenceDate
        threshold = figures.threshold
        self.today = today
    }

    var start: String { year.start!.description }
    var end: String { year.end!.description }
    /// The first and the day after the last day, as instants in Moscow: for columns that keep a moment.
    var instants: (from: Date, to: Date) { (MeetingClock.moment(year.start!, hour: 0, minute: 0)!, MeetingClock.moment(year.end!.adding(days: 1), hour: 0, minute: 0)!) }
}

/// The people-counting measures, for the lists behind the figures.
enum PeopleMeasure: String, CaseIterable, Sendable {
    case menteeChildren = "mentee_children"
    case mentorChildren = "mentor_children"
    case youngSpecialists = "young_specialists"
    case mentees
    case mentors
}

/// The built-in satisfaction questionnaires the indicators read.
enum SatisfactionSurvey {
    static let mentee = Questionnaire.satisfactionMentee.key
    static let mentor = Questionnaire.satisfactionMentor.key
    static let keys = [mentee, mentor]
}
