import FluentKit
import Foundation
import MentoringCore
import SQLKit

extension MonitoringRepository {
    /// Distinct participants of the year's pairs by organization, form and role: the rows of the statistics export.
    package func participantsByForm(
        _ filter: Filter
    ) async throws -> [(organization: UUID, form: MentoringForm, role: Role, count: Int)] {
        var result: [(UUID, MentoringForm, Role, Int)] = []
        for (role, source) in [(Role.mentor, mentorSource(filter)), (Role.mentee, menteeSource(filter))] {
            for row in try await sql.raw(
                """
                SELECT organization_id, form, COUNT(*) AS n
                FROM (SELECT DISTINCT m.organization_id, m.form, p.id FROM \(source)) x
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
    package func people(_ measure: PeopleMeasure, _ filter: Filter) async throws -> [(organization: UUID, person: UUID)]
    {
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

    package func counts(_ filter: Filter, meetings: Bool) async throws -> [UUID: OrganizationCounts] {
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
            FROM (
              SELECT DISTINCT m.organization_id, p.id, p.birth_date, p.is_young_specialist FROM \(menteeSource(filter))
            ) x
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
            SELECT m.organization_id, COUNT(*) AS n FROM \(SQLTable.mentorships) m
            WHERE \(filter.on("m")) AND \(workedInYear("m")) GROUP BY m.organization_id
            """
        ) { counts, row in counts.pairs = try int(row, "n") }
        try await read(
            """
            SELECT mp.organization_id, COUNT(*) AS n,
                   SUM(CASE WHEN mp.status IN (\(in: [MenteeProfile.Status.matched, .completed])) THEN 1 ELSE 0 END)
                     AS matched
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
                SELECT r.organization_id, COUNT(*) AS n,
                       SUM(CASE WHEN a.status = \(is: RoadmapActivity.Status.done) THEN 1 ELSE 0 END) AS done,
                       SUM(CASE WHEN \(overdueCheckpoint()) THEN 1 ELSE 0 END) AS overdue
                FROM \(SQLTable.roadmapActivities) a JOIN \(SQLTable.roadmaps) r ON r.id = a.roadmap_id
                WHERE r.organization_id IN (\(binds: ids)) AND r.status <> \(is: Roadmap.Status.archived)
                  AND a.status <> \(is: RoadmapActivity.Status.cancelled)
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
                    SELECT organization_id, COUNT(*) AS n FROM \(SQLTable.meetings)
                    WHERE organization_id IN (\(binds: ids)) AND status = \(is: MeetingStatus.held)
                      AND starts_at >= \(bind: from) AND starts_at < \(bind: to)
                    GROUP BY organization_id
                    """
                ) { counts, row in counts.meetingsHeld = try int(row, "n") }
            }
        }
        return result
    }
}
