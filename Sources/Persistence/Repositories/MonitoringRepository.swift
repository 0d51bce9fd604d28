import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// The indicators' SQL: grouped queries over the organizations of a territory or over one program, one row per
/// organization per query, never a row per person. The same statements run on SQLite and PostgreSQL.
package struct MonitoringRepository {
    /// Which rows count: the organizations of a territory, or one program.
    package enum Filter: Sendable {
        case organizations([UUID])
        case program(UUID)

        /// The condition on a table that has both `organization_id` and `program_id`.
        package func on(_ table: String) -> SQLQueryString {
            switch self {
            case .organizations(let ids): "\(ident: table).organization_id IN (\(binds: ids))"
            case .program(let id): "\(ident: table).program_id = \(bind: id)"
            }
        }
    }

    package let db: any Database
    package let rules: CountingRules

    package init(db: any Database, rules: CountingRules) {
        self.db = db
        self.rules = rules
    }

    var sql: any SQLDatabase { db.sql }

    /// Pairs that were active or completed during the year.
    func workedInYear(_ m: String) -> SQLQueryString {
        """
        \(ident: m).status IN (\(in: [MentorshipStatus.active, .completed]))
          AND COALESCE(\(ident: m).active_since, \(ident: m).starts_on, '0000-00-00') <= \(bind: rules.end)
          AND (\(ident: m).closed_on IS NULL OR \(ident: m).closed_on >= \(bind: rules.start))
        """
    }

    func band(_ band: AgeBand, table: String? = nil) -> SQLQueryString {
        let (after, upTo) = band.birthDates(on: rules.referenceDate)
        let column: SQLQueryString = table.map { "\(ident: $0).birth_date" } ?? "birth_date"
        return "\(column) > \(bind: after.description) AND \(column) <= \(bind: upTo.description)"
    }

    /// The mentees of pairs that worked in the year: `m` the pair, `mp` the mentee's profile, `p` the person.
    func menteeSource(_ filter: Filter) -> SQLQueryString {
        """
        \(SQLTable.mentorships) m JOIN \(SQLTable.mentorshipMentees) mm ON mm.mentorship_id = m.id
        JOIN \(SQLTable.menteeProfiles) mp ON mp.id = mm.mentee_profile_id
        JOIN \(SQLTable.people) p ON p.id = mp.person_id
        WHERE \(filter.on("m")) AND \(workedInYear("m"))
        """
    }

    /// The mentors of pairs that worked in the year: `m` the pair, `mp` the mentor's profile, `p` the person.
    func mentorSource(_ filter: Filter) -> SQLQueryString {
        """
        \(SQLTable.mentorships) m JOIN \(SQLTable.mentorProfiles) mp ON mp.id = m.mentor_profile_id
        JOIN \(SQLTable.people) p ON p.id = mp.person_id
        WHERE \(filter.on("m")) AND \(workedInYear("m"))
        """
    }

    /// Mentee profiles that asked for a mentor (in the base, matched or completed) in programs of the period: `mp`,
    /// `pr`.
    func requestSource(_ filter: Filter) -> SQLQueryString {
        """
        \(SQLTable.menteeProfiles) mp JOIN \(SQLTable.programs) pr ON pr.id = mp.program_id
        WHERE \(filter.on("mp")) AND mp.status IN (\(in: [MenteeProfile.Status.inBase, .matched, .completed]))
          AND pr.period_start <= \(bind: rules.end) AND pr.period_end >= \(bind: rules.start)
        """
    }

    /// Answers with an overall mark to the questionnaires `keys`, given in the period: `r` the answer, `s` the survey,
    /// `t` its template.
    func answerSource(_ filter: Filter, keys: [String]) -> SQLQueryString {
        let (from, to) = rules.instants
        return """
            \(SQLTable.surveyResponses) r JOIN \(SQLTable.surveys) s ON s.id = r.survey_id
            JOIN \(SQLTable.questionnaireTemplates) t ON t.id = s.template_id
            WHERE \(filter.on("s")) AND t.key IN (\(binds: keys)) AND r.overall IS NOT NULL
              AND r.submitted_at >= \(bind: from) AND r.submitted_at < \(bind: to)
            """
    }

    /// An answer `r` at or above the threshold: the mark on a 1–5 scale, the proportion on any other.
    static func satisfied(_ threshold: SatisfactionThreshold) -> SQLQueryString {
        """
        ((r.overall_max = 5 AND r.overall >= \(bind: threshold.ofFive))
          OR (r.overall_max <> 5 AND r.overall * 10 >= \(bind: threshold.ofTen) * r.overall_max))
        """
    }

    /// A roadmap activity `a` that is a checkpoint past its date and not closed (a repeating one is never overdue).
    func overdueCheckpoint() -> SQLQueryString {
        """
        a.checkpoint = \(bind: true) AND a.status NOT IN (\(in: [RoadmapActivity.Status.done, .cancelled]))
          AND a.repeat_rule IS NULL AND a.due_end < \(bind: rules.today.description)
        """
    }
}
