import Foundation
import MentoringCore
import SQLKit

/// What the lists behind the figures read: the same conditions as the counts, row by row.
extension MonitoringRepository {
    /// An answer to a satisfaction questionnaire: its organization, survey, moment and overall mark, never its author.
    package struct Answer: Sendable {
        package var organization: UUID
        package var survey: String
        package var submittedAt: Date
        package var mark: Int
        package var scaleMax: Int
    }

    /// A mentee's request for a mentor in a program of the period.
    package struct Request: Sendable {
        package var profile: UUID
        package var organization: UUID
        package var person: UUID
        package var status: MenteeProfile.Status
        package var form: MentoringForm
        package var waitingSince: CalendarDate
    }

    /// A roadmap checkpoint past its date and not done.
    package struct OverdueCheckpoint: Sendable {
        package var roadmap: UUID
        package var organization: UUID
        package var number: String
        package var title: String
        package var due: String
        package var dueEnd: CalendarDate?
    }

    package func answers(_ key: String, _ filter: Filter) async throws -> [Answer] {
        try await sql.raw(
            """
            SELECT s.organization_id, s.title, r.submitted_at, r.overall, r.overall_max
            FROM \(answerSource(filter, keys: [key])) ORDER BY r.submitted_at
            """
        ).all().map { row in
            Answer(
                organization: try row.decode(column: "organization_id", as: UUID.self),
                survey: try row.decode(column: "title", as: String.self),
                submittedAt: try row.decode(column: "submitted_at", as: Date.self),
                mark: try row.decode(column: "overall", as: Int.self),
                scaleMax: try row.decode(column: "overall_max", as: Int.self))
        }
    }

    package func requests(_ filter: Filter) async throws -> [Request] {
        try await sql.raw(
            """
            SELECT mp.id, mp.organization_id, mp.person_id, mp.status, mp.form, mp.waiting_since
            FROM \(requestSource(filter))
            """
        ).all().map { row in
            let row = ColumnReader(row)
            return Request(
                profile: try row.decode(column: "id", as: UUID.self),
                organization: try row.decode(column: "organization_id", as: UUID.self),
                person: try row.decode(column: "person_id", as: UUID.self),
                status: try row.value("status", as: MenteeProfile.Status.self),
                form: try row.value("form", as: MentoringForm.self),
                waitingSince: try row.day("waiting_since"))
        }
    }

    /// The pairs a program's cards add up (every pair past the draft), or a territory's (those that worked in the
    /// year); only the terminated ones when asked.
    package func pairs(_ filter: Filter, onlyTerminated: Bool) async throws -> [UUID] {
        let condition: SQLQueryString =
            switch filter {
            case .program: "\(filter.on("m")) AND m.status <> \(is: MentorshipStatus.draft)"
            case .organizations: "\(filter.on("m")) AND \(workedInYear("m"))"
            }
        let terminated: SQLQueryString = onlyTerminated ? " AND m.status = \(is: MentorshipStatus.terminated)" : ""
        return try await sql.raw("SELECT m.id FROM \(SQLTable.mentorships) m WHERE \(condition)\(terminated)")
            .all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Meetings held by each of the pairs.
    package func meetingsHeld(of pairs: [UUID]) async throws -> [UUID: Int] {
        var held: [UUID: Int] = [:]
        for chunk in pairs.chunks(of: 500) {
            for row in try await sql.raw(
                """
                SELECT mentorship_id, COUNT(*) AS n FROM \(SQLTable.meetings)
                WHERE mentorship_id IN (\(binds: chunk)) AND status = \(is: MeetingStatus.held) GROUP BY mentorship_id
                """
            ).all() {
                held[try row.decode(column: "mentorship_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        return held
    }

    /// The meetings' ratings of each of the pairs, both sides together.
    package func ratings(of pairs: [UUID]) async throws -> [UUID: Tally] {
        var ratings: [UUID: Tally] = [:]
        for chunk in pairs.chunks(of: 500) {
            for row in try await sql.raw(
                """
                SELECT mentorship_id, SUM(rating) AS total, COUNT(rating) AS n FROM \(SQLTable.meetingFeedback)
                WHERE mentorship_id IN (\(binds: chunk)) AND rating IS NOT NULL GROUP BY mentorship_id
                """
            ).all() {
                ratings[try row.decode(column: "mentorship_id", as: UUID.self)] = Tally(
                    sum: try row.decode(column: "total", as: Double.self),
                    count: try row.decode(column: "n", as: Int.self))
            }
        }
        return ratings
    }

    /// Checkpoints of the organizations' roadmaps past their date and not done, the earliest first.
    package func overdueCheckpoints(of organizations: [UUID]) async throws -> [OverdueCheckpoint] {
        guard !organizations.isEmpty else { return [] }
        return try await sql.raw(
            """
            SELECT r.id AS roadmap_id, r.organization_id, a.number, a.title, a.due_text, a.due_end
            FROM \(SQLTable.roadmapActivities) a JOIN \(SQLTable.roadmaps) r ON r.id = a.roadmap_id
            WHERE r.organization_id IN (\(binds: organizations)) AND r.status <> \(is: Roadmap.Status.archived)
              AND \(overdueCheckpoint())
            ORDER BY a.due_end
            """
        ).all().map { row in
            OverdueCheckpoint(
                roadmap: try row.decode(column: "roadmap_id", as: UUID.self),
                organization: try row.decode(column: "organization_id", as: UUID.self),
                number: try row.decode(column: "number", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                due: try row.decode(column: "due_text", as: String.self),
                dueEnd: CalendarDate(parsing: try row.decode(column: "due_end", as: String.self)))
        }
    }
}
