import Foundation
import MentoringCore

/// The period and rules an indicator query counts in.
package struct CountingRules: Sendable {
    package var year: DateSpan
    package var referenceDate: CalendarDate
    package var threshold: SatisfactionThreshold
    package var today: CalendarDate

    package init(figures: MunicipalFigures, today: CalendarDate, span: DateSpan? = nil) {
        year = span ?? figures.span
        referenceDate = figures.referenceDate
        threshold = figures.threshold
        self.today = today
    }

    package var start: String { year.start!.description }
    package var end: String { year.end!.description }
    /// The first and the day after the last day, as instants in Moscow: for columns that keep a moment.
    package var instants: (from: Date, to: Date) {
        (
            MeetingClock.moment(year.start!, hour: 0, minute: 0)!,
            MeetingClock.moment(year.end!.adding(days: 1), hour: 0, minute: 0)!
        )
    }
}

/// The people-counting measures, for the lists behind the figures.
package enum PeopleMeasure: String, CaseIterable, Sendable {
    case menteeChildren = "mentee_children"
    case mentorChildren = "mentor_children"
    case youngSpecialists = "young_specialists"
    case mentees
    case mentors
}

/// The built-in satisfaction questionnaires the indicators read.
package enum SatisfactionSurvey {
    package static let mentee = Questionnaire.satisfactionMentee.key
    package static let mentor = Questionnaire.satisfactionMentor.key
    package static let keys = [mentee, mentor]
}
