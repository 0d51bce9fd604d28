import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

/// Grouped SQL over the organizations of a territory: one row per organization per query, never a row per person.
/// The same statements run on SQLite and PostgreSQL.
struct IndicatorQueries {
    /// Which rows count: the organizations of a territory, or one program.
    enum Filter: Sendable {
        case organizations([UUID])
        case program(UUID)

        /// The condition on a table that has both `organization_id` and `program_id`.
        func on(_ table: String) -> SQLQueryString {
            switch self {
            case .organizations(let ids): "\(ident: table).organization_id IN (\(binds: ids))"
            case .program(let id): "\(ident: table).program_id = \(bind: id)"
            }
        }
    }

    let sql: any SQLDatabase
    let rules: CountingRules

    init(db: any Database, rules: CountingRules) {
        sql = db.sql
        self.rules = rules
    }

    /// Pairs that were active or completed during the year.
    func workedInYear(_ m: String) -> SQLQueryString {
        "\(ident: m).status IN (\(in: [MentorshipStatus.active, .completed])) AND COALESCE(\(ident: m).active_since, \(ident: m).starts_on, '0000-00-00') <= \(bind: rules.end) AND (\(ident: m).closed_on IS NULL OR \(ident: m).closed_on >= \(bind: rules.start))"
    }

    private func band(_ band: AgeBand, table: String? = nil) -> SQLQueryString {
        let (after, upTo) = band.birthDates(on: rules.referenceDate)
        let column: SQLQueryString = table.map { "\(ident: $0).birth_date" } ?? "birth_date"
        return "\(column) > \(bind: after.description) AND \(column) <= \(bind: upTo.description)"
    }

    /// The mentees of pairs that worked in the year: `m` the pair, `mp` the mentee's profile, `p` the person.
    func menteeSource(_ filter: Filter) -> SQLQueryString {
        """
        mentorships m JOIN mentorship_mentees mm ON mm.mentorship_id = m.id
        JOIN mentee_profiles mp ON mp.id = mm.mentee_profile_id JOIN people p ON p.id = mp.person_id
        WHERE \(filter.on("m")) AND \(workedInYear("m"))
        """
    }

    /// The mentors of pairs that worked in the year: `m` the pair, `mp` the mentor's profile, `p` the person.
    func mentorSource(_ filter: Filter) -> SQLQueryString {
        "mentorships m JOIN mentor_profiles mp ON mp.id = m.mentor_profile_id JOIN people p ON p.id = mp.person_id WHERE \(filter.on("m")) AND \(workedInYear("m"))"
    }

    /// Mentee profiles that asked for a mentor (in the base, matched or completed) in programs of the period: `mp`, `pr`.
    func requestSource(_ filter: Filter) -> SQLQueryString {
        """
        mentee_profiles mp JOIN programs pr ON pr.id = mp.program_id
        WHERE \(filter.on("mp")) AND mp.status IN (\(in: [MenteeProfile.Status.inBase, .matched, .completed]))
          AND pr.period_start <= \(bind: rules.end) AND pr.period_end >= \(bind: rules.start)
        """
    }

    /// Answers with an overall mark to the questionnaires `keys`, given in the period: `r` the answer, `s` the survey, `t` its template.
    func answerSource(_ filter: Filter, keys: [String]) -> SQLQueryString {
        let (from, to) = rules.instants
        return """
            survey_responses r JOIN surveys s ON s.id = r.survey_id JOIN questionnaire_templates t ON t.id = s.template_id
            WHERE \(filter.on("s")) AND t.key IN (\(binds: keys)) AND r.overall IS NOT NULL
              AND r.submitted_at >= \(bind: from) AND r.submitted_at < \(bind: to)
            """
    }

    /// An answer `r` at or above the threshold: the mark on a 1–5 scale, the proportion on any other.
    static func satisfied(_ threshold: SatisfactionThreshold) -> SQLQueryString {
        "((r.overall_max = 5 AND r.overall >= \(bind: threshold.ofFive)) OR (r.overall_max <> 5 AND r.overall * 10 >= \(bind: threshold.ofTen) * r.overall_max))"
    }

    /// A roadmap activity `a` that is a checkpoint past its date and not closed (a repeating one is never overdue).
    func overdueCheckpoint() -> SQLQueryString {
        "a.checkpoint = \(bind: true) AND a.status NOT IN (\(in: [RoadmapActivity.Status.done, .cancelled])) AND a.repeat_rule IS NULL AND a.due_end < \(bind: rules.today.description)"
    }

    /// Distinct participants of the year's pairs by organization, form and role: the rows of the statistics export.
    func participantsByForm(
        _ filter: Filter
    ) async throws -> [(organization: UUID, form: MentoringForm, role: Role, count: Int)] {
        var result: [(UUID, MentoringForm, Role, Int)] = []
        for (role, source) in [(Role.mentor, mentorSource(filter)), (Role.mentee, menteeSource(filter))] {
            for row in try await sql.raw(
                """
                SELECT organization_id, form, COUNT(*) AS n FROM (SELECT DISTINCT m.organization_id, m.form, p.id FROM \(source)) x
                GROUP BY organization_id, form
                """
            ).all() {
                let form = try row.decode(column: "form", as: MentoringForm.self)
                result.append(
                    (
                        try row.decode(column: "organization_id", as: UUID.self), form, role,
                        try row.decode(column: "n", as: Int.self)
                    ))
            }
        }
        return result
    }

    /// Who a people-counting indicator counts: the same joins and conditions as `counts`, as ids.
    func people(_ measure: PeopleMeasure, _ filter: Filter) async throws -> [(organization: UUID, person: UUID)] {
        let source: SQLQueryString =
            switch measure {
            case .menteeChildren: menteeSource(filter) + " AND " + band(.children10to19, table: "p")
            case .mentorChildren: mentorSource(filter) + " AND " + band(.children15to19, table: "p")
            case .youngSpecialists: menteeSource(filter) + " AND p.is_young_specialist = \(bind: true)"
            case .mentees: menteeSource(filter)
            case .mentors: mentorSource(filter)
            }
        return try await sql.raw("SELECT DISTINCT p.organization_id, p.id FROM " + source).all().map {
            (try $0.decode(column: "organization_id", as: UUID.self), try $0.decode(column: "id", as: UUID.self))
        }
    }

    func counts(_ filter: Filter, meetings: Bool) async throws -> [UUID: OrganizationCounts] {
        var result: [UUID: OrganizationCounts] = [:]
        func read(_ query: SQLQueryString, _ apply: (inout OrganizationCounts, any SQLRow) throws -> Void) async throws
        {
            for row in try await sql.raw(query).all() {
                try apply(
                    &result[try row.decode(column: "organization_id", as: UUID.self), default: OrganizationCounts()],
                    row)
            }
        }
        func int(_ row: any SQLRow, _ column: String) throws -> Int {
            try row.decode(column: column, as: Int?.self) ?? 0
        }

        try await read(
            """
            SELECT organization_id, COUNT(*) AS n, SUM(CASE WHEN \(band(.children10to19)) THEN 1 ELSE 0 END) AS band,
                   SUM(CASE WHEN is_young_specialist = \(bind: true) THEN 1 ELSE 0 END) AS young
            FROM (SELECT DISTINCT m.organization_id, p.id, p.birth_date, p.is_young_specialist FROM \(menteeSource(filter))) x
            GROUP BY organization_id
            """
        ) { counts, row in
            counts.mentees = try int(row, "n")
            counts.menteeChildren10to19 = try int(row, "band")
            counts.menteeYoungSpecialists = try int(row, "young")
        }
        try await read(
            """
            SELECT organization_id, COUNT(*) AS n, SUM(CASE WHEN \(band(.children15to19)) THEN 1 ELSE 0 END) AS band
            FROM (SELECT DISTINCT m.organization_id, p.id, p.birth_date FROM \(mentorSource(filter))) x
            GROUP BY organization_id
            """
        ) { counts, row in
            counts.mentors = try int(row, "n")
            counts.mentorChildren15to19 = try int(row, "band")
        }
        try await read(
            """
            SELECT m.organization_id, COUNT(*) AS n FROM mentorships m WHERE \(filter.on("m")) AND \(workedInYear("m")) GROUP BY m.organization_id
            """
        ) { counts, row in counts.pairs = try int(row, "n") }
        try await read(
            """
            SELECT mp.organization_id, COUNT(*) AS n, SUM(CASE WHEN mp.status IN (\(in: [MenteeProfile.Status.matched, .completed])) THEN 1 ELSE 0 END) AS matched
            FROM \(requestSource(filter)) GROUP BY mp.organization_id
            """
        ) { counts, row in
            counts.menteesRequested = try int(row, "n")
            counts.menteesMatched = try int(row, "matched")
        }
        try await read(
            """
            SELECT s.organization_id, t.key AS template, COUNT(*) AS n,
                   SUM(CASE WHEN \(Self.satisfied(rules.threshold)) THEN 1 ELSE 0 END) AS satisfied
            FROM \(answerSource(filter, keys: SatisfactionSurvey.keys)) GROUP BY s.organization_id, t.key
            """
        ) { counts, row in
            let mentee = try row.decode(column: "template", as: String.self) == SatisfactionSurvey.mentee
            let answers = try int(row, "n")
            let satisfied = try int(row, "satisfied")
            if mentee {
                counts.menteeAnswers += answers
                counts.satisfiedMentees += satisfied
            } else {
                counts.mentorAnswers += answers
                counts.satisfiedMentors += satisfied
            }
        }
        if case .organizations(let ids) = filter {
            try await read(
                """
                SELECT r.organization_id, COUNT(*) AS n, SUM(CASE WHEN a.status = \(is: RoadmapActivity.Status.done) THEN 1 ELSE 0 END) AS done,
                       SUM(CASE WHEN \(overdueCheckpoint()) THEN 1 ELSE 0 END) AS overdue
                FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id
                WHERE r.organization_id IN (\(binds: ids)) AND r.status <> \(is: Roadmap.Status.archived) AND a.status <> \(is: RoadmapActivity.Status.cancelled)
                GROUP BY r.organization_id
                """
            ) { counts, row in
                counts.activities = try int(row, "n")
                counts.activitiesDone = try int(row, "done")
                counts.overdueCheckpoints = try int(row, "overdue")
            }
            if meetings {
                let (from, to) = rules.instants
                try await read(
                    """
                    SELECT organization_id, COUNT(*) AS n FROM meetings
                    WHERE organization_id IN (\(binds: ids)) AND status = \(is: MeetingStatus.held) AND starts_at >= \(bind: from) AND starts_at < \(bind: to)
                    GROUP BY organization_id
                    """
                ) { counts, row in counts.meetingsHeld = try int(row, "n") }
            }
        }
        return result
    }
}
