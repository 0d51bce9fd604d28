import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// What the meetings and the feedback of many mentorships add up to, counted by the database in a few grouped
/// queries (a program has tens of thousands of meetings): the curator's table and the daily rhythm check both stand on it.
package struct MentorshipActivity {
    package struct Stats {
        package var held = 0
        package var lastHeld: Date?
        package var nextPlanned: Date?
        package var awaitedFeedback: AwaitedFeedback?
        package var ratingSum = 0.0
        package var ratingCount = 0
        package var mentorLastActivity: Date?
        package var lowCompatibilityOn: CalendarDate?

        package var feedbackAverage: Double? { ratingCount == 0 ? nil : ratingSum / Double(ratingCount) }

        package mutating func mentorActed(_ date: Date?) {
            guard let date else { return }
            mentorLastActivity = max(mentorLastActivity ?? .distantPast, date)
        }
    }

    private(set) var stats: [UUID: Stats] = [:]

    package static func load(_ ids: [UUID], on db: any Database, now: Date) async throws -> MentorshipActivity {
        let sql = db.sql
        var activity = MentorshipActivity()
        for chunk in ids.chunks(of: 500) {
            try await activity.countMeetings(chunk, on: sql, now: now)
            try await activity.countFeedback(chunk, on: sql)
        }
        return activity
    }

    private mutating func countMeetings(_ ids: [UUID], on sql: any SQLDatabase, now: Date) async throws {
        let rows = try await sql.select().column("mentorship_id").column("status")
            .columnCountingRows()
            .column(SQLFunction("MAX", args: SQLIdentifier("starts_at")), as: "last_start")
            .column(SQLFunction("MAX", args: SQLIdentifier("created_at")), as: "last_created")
            .from(MeetingModel.schema).where("mentorship_id", .in, ids).groupBy("mentorship_id").groupBy("status").all()
        for row in rows {
            let id = try row.decode(column: "mentorship_id", as: UUID.self)
            stats[id, default: Stats()].mentorActed(try row.decode(column: "last_created", as: Date?.self))
            if try row.decode(column: "status", as: MeetingStatus.self) == .held {
                stats[id, default: Stats()].held = try row.decode(column: "n", as: Int.self)
                stats[id, default: Stats()].lastHeld = try row.decode(column: "last_start", as: Date?.self)
            }
        }
        let next = try await sql.select().column("mentorship_id").column(
            SQLFunction("MIN", args: SQLIdentifier("starts_at")), as: "next_start"
        )
        .from(MeetingModel.schema).where("mentorship_id", .in, ids).where(
            "status", .equal, MeetingStatus.planned.rawValue
        )
        .where("starts_at", .greaterThan, now).groupBy("mentorship_id").all()
        for row in next {
            stats[try row.decode(column: "mentorship_id", as: UUID.self), default: Stats()].nextPlanned =
                try row.decode(column: "next_start", as: Date?.self)
        }
    }

    private mutating func countFeedback(_ ids: [UUID], on sql: any SQLDatabase) async throws {
        // One row per pair, in the order of the covering index: no sort by role.
        let answered = try await sql.raw(
            """
            SELECT mentorship_id, SUM(rating) AS rating_sum, COUNT(rating) AS rating_count,
                   MAX(CASE WHEN role = \(is: Role.mentor) THEN answered_at END) AS mentor_answer
            FROM \(SQLTable.meetingFeedback) WHERE mentorship_id IN (\(binds: ids)) AND answered_at IS NOT NULL
            GROUP BY mentorship_id
            """
        ).all()
        for row in answered {
            let row = ColumnReader(row)
            let id = try row.decode(column: "mentorship_id", as: UUID.self)
            stats[id, default: Stats()].ratingSum += try row.optional("rating_sum", as: Double.self) ?? 0
            stats[id, default: Stats()].ratingCount += try row.decode(column: "rating_count", as: Int.self)
            stats[id, default: Stats()].mentorActed(try row.optional("mentor_answer", as: Date.self))
        }
        // The meetings still waiting for an answer, a row per pair; then the few answers after trial meetings.
        let waiting = try await sql.select().column("mentorship_id")
            .column(SQLFunction("COUNT", args: SQLDistinct(SQLIdentifier("meeting_id"))), as: "meetings")
            .column(SQLFunction("MIN", args: SQLIdentifier("created_at")), as: "oldest").from(
                MeetingFeedbackModel.schema
            )
            .where("mentorship_id", .in, ids).where("answered_at", .is, SQLLiteral.null).groupBy("mentorship_id").all()
        for row in waiting {
            stats[try row.decode(column: "mentorship_id", as: UUID.self), default: Stats()].awaitedFeedback =
                AwaitedFeedback(
                    meetings: try row.decode(column: "meetings", as: Int.self),
                    oldest: CalendarDate(try row.decode(column: "oldest", as: Date.self)))
        }
        let trials = try await sql.select().columns("mentorship_id", "rating", "answered_at", "answers").from(
            MeetingFeedbackModel.schema
        )
        .where("mentorship_id", .in, ids).where("questionnaire", .equal, Questionnaire.compatibility.key)
        .where("answered_at", .isNot, SQLLiteral.null)
        // Only answers that may be low: a low rating or a «no» somewhere; the rule below decides.
        .where { either in
            either.where("rating", .lessThan, FeedbackScore.compatibilityThreshold).orWhere("answers", .like, "%ет\"%")
        }.all()
        for row in trials {
            let answers = StoredJSON.decode(
                Answers.self, try row.decode(column: "answers", as: String?.self) ?? "{}", fallback: [:])
            if FeedbackScore.isLowCompatibility(answers, rating: try row.decode(column: "rating", as: Double?.self)) {
                stats[try row.decode(column: "mentorship_id", as: UUID.self), default: Stats()].lowCompatibilityOn =
                    CalendarDate(try row.decode(column: "answered_at", as: Date.self))
            }
        }
    }

    package subscript(id: UUID) -> Stats { stats[id] ?? Stats() }

    /// The rhythm risks of a working pair today (none for drafts and closed pairs).
    package func risks(_ mentorship: MentorshipModel, rule: RhythmRule, on today: CalendarDate) -> [RhythmRisk] {
        guard [.fixed, .active].contains(mentorship.status) else { return [] }
        let entry = self[mentorship.id!]
        let since = mentorship.activeSince ?? CalendarDate(mentorship.createdAt)
        let facts = RhythmFacts(
            mentorshipID: mentorship.id!, form: mentorship.form, since: since,
            lastHeldMeeting: entry.lastHeld.map { CalendarDate($0) }, awaitedFeedback: entry.awaitedFeedback,
            overdueTaskDues: PersonalPlan.overdue(mentorship.plannedTaskDues, on: today),
            mentorLastActivity: entry.mentorLastActivity.map { CalendarDate($0) },
            lowCompatibilityOn: entry.lowCompatibilityOn)
        return RhythmCheck.risks(facts, rule: rule, on: today)
    }
}
