import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The curator's table of a program's pairs and groups: status, rhythm, feedback, risks.
struct MentorshipTable {
    struct Row {
        var id: UUID
        var form: MentoringForm
        var status: MentorshipStatus
        var mentor: String
        var mentees: String
        var meetingsPerWeek: Double?
        var lastMeeting: Date?
        var nextMeeting: Date?
        var feedbackAverage: Double?
        var risks: [RhythmRisk]
    }

    var rows: [Row]

    init(
        mentorships: [MentorshipModel], people: MentorshipPeople, activity: MentorshipActivity, program: ProgramModel,
        today: CalendarDate
    ) throws {
        let rules = program.rhythmRules
        rows = try mentorships.map { m in
            let stats = activity[(try m.requireID())]
            let since = m.activeSince
            let weeks = since.map { max(1.0, Double($0.days(until: today)) / 7) }
            return Row(
                id: try m.requireID(), form: m.form, status: m.status, mentor: people.mentorName(m),
                mentees: people.menteeNames(m),
                meetingsPerWeek: weeks.map { Double(stats.held) / $0 }, lastMeeting: stats.lastHeld,
                nextMeeting: stats.nextPlanned,
                feedbackAverage: stats.feedbackAverage, risks: activity.risks(m, rule: rules[m.form]!, on: today))
        }
    }
}
