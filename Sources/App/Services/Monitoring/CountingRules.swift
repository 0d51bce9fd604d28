import Foundation
import MentoringCore

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
    var instants: (from: Date, to: Date) {
        (
            MeetingClock.moment(year.start!, hour: 0, minute: 0)!,
            MeetingClock.moment(year.end!.adding(days: 1), hour: 0, minute: 0)!
        )
    }
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
