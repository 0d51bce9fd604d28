import Foundation
import MentoringCore
import SQLKit

extension MonitoringRepository {
    /// One value per month for the cards that have a history, each series one grouped query with a column per month.
    package func series(program programID: UUID, months: [Month]) async throws -> [String: [Double?]] {
        guard !months.isEmpty else { return [:] }
        let month = MonthColumns(months: months)
        let since: SQLQueryString = "COALESCE(m.active_since, m.starts_on, '9999-12-31')"
        let formed: SQLQueryString = "m.status IN (\(in: [MentorshipStatus.fixed, .active, .completed]))"
        let worked: SQLQueryString = "m.status IN (\(in: [MentorshipStatus.active, .completed, .terminated]))"
        let stopped: SQLQueryString = "m.status = \(is: MentorshipStatus.terminated)"
        let pairs = try await sql.raw(
            """
            SELECT \(month.counts("f") { "\(formed) AND \(since) <= \(bind: month.last($0))" }),
                   \(month.counts("w") { "\(worked) AND \(since) <= \(bind: month.last($0)) AND \(month.open($0))" }),
                   \(month.counts("t") { "\(stopped) AND m.closed_on <= \(bind: month.last($0))" })
            FROM \(SQLTable.mentorships) m WHERE m.program_id = \(bind: programID)
            """
        ).first()
        let meetings = try await sql.raw(
            """
            SELECT \(month.counts("h") { month.during("mt", "starts_at", $0) })
            FROM \(SQLTable.meetings) mt JOIN \(SQLTable.mentorships) m ON m.id = mt.mentorship_id
            WHERE m.program_id = \(bind: programID) AND mt.status = \(is: MeetingStatus.held)
            """
        ).first()
        func feedback(_ role: Role) async throws -> (sums: [Double], counts: [Double]) {
            let row = try await sql.raw(
                """
                SELECT \(month.sums("s", of: "f.rating") { month.during("f", "answered_at", $0) }),
                       \(month.counts("n") { month.during("f", "answered_at", $0) })
                FROM \(SQLTable.meetingFeedback) f JOIN \(SQLTable.mentorships) m ON m.id = f.mentorship_id
                WHERE m.program_id = \(bind: programID) AND f.rating IS NOT NULL AND f.role = \(is: role)
                """
            ).first()
            return (try month.read(row, "s"), try month.read(row, "n"))
        }
        func satisfaction(_ key: String) async throws -> (satisfied: [Double], counts: [Double]) {
            let satisfied = Self.satisfied(rules.threshold)
            let row = try await sql.raw(
                """
                SELECT \(month.counts("s") { "\(month.during("r", "submitted_at", $0)) AND \(satisfied)" }),
                       \(month.counts("n") { month.during("r", "submitted_at", $0) })
                FROM \(SQLTable.surveyResponses) r JOIN \(SQLTable.surveys) s ON s.id = r.survey_id
                JOIN \(SQLTable.questionnaireTemplates) t ON t.id = s.template_id
                WHERE s.program_id = \(bind: programID) AND t.key = \(bind: key) AND r.overall IS NOT NULL
                """
            ).first()
            return (try month.read(row, "s"), try month.read(row, "n"))
        }
        func ratio(_ top: [Double], _ bottom: [Double], scale: Double = 1) -> [Double?] {
            zip(top, bottom).map { $1 > 0 ? $0 * scale / $1 : nil }
        }
        let held = try month.read(meetings, "h")
        let working = try month.read(pairs, "w")
        let ofMentees = try await feedback(.mentee)
        let ofMentors = try await feedback(.mentor)
        let menteesSatisfied = try await satisfaction(SatisfactionSurvey.mentee)
        let mentorsSatisfied = try await satisfaction(SatisfactionSurvey.mentor)
        return [
            ProgramIndicator.pairsFormed.rawValue: try month.read(pairs, "f"),
            ProgramIndicator.terminated.rawValue: try month.read(pairs, "t"),
            ProgramIndicator.meetingsPerPairMonth.rawValue: ratio(held, working),
            ProgramIndicator.feedbackOfMentees.rawValue: ratio(ofMentees.sums, ofMentees.counts),
            ProgramIndicator.feedbackOfMentors.rawValue: ratio(ofMentors.sums, ofMentors.counts),
            MunicipalIndicator.menteeSatisfaction.rawValue: ratio(
                menteesSatisfied.satisfied, menteesSatisfied.counts, scale: 100),
            MunicipalIndicator.mentorSatisfaction.rawValue: ratio(
                mentorsSatisfied.satisfied, mentorsSatisfied.counts, scale: 100),
        ]
    }
}

/// A column per month in one row: what a month counts or sums, and reading the row back.
private struct MonthColumns {
    package let months: [Month]
    /// Each month's first moment and the next month's, in Moscow: for columns that keep a moment.
    package let instants: [(from: Date, to: Date)]

    package init(months: [Month]) {
        self.months = months
        instants = months.map {
            (
                MeetingClock.moment($0.first, hour: 0, minute: 0)!,
                MeetingClock.moment($0.next.first, hour: 0, minute: 0)!
            )
        }
    }

    package func last(_ index: Int) -> String { months[index].last.description }

    /// The pair `m` was not closed before the month began.
    package func open(_ index: Int) -> SQLQueryString {
        "(m.closed_on IS NULL OR m.closed_on >= \(bind: months[index].first.description))"
    }

    /// The moment in `table.column` falls in the month.
    package func during(_ table: String, _ column: String, _ index: Int) -> SQLQueryString {
        let moment = SQLColumn(column, table: table)
        return "\(moment) >= \(bind: instants[index].from) AND \(moment) < \(bind: instants[index].to)"
    }

    /// `SUM(CASE WHEN <condition> THEN 1 ELSE 0 END) AS <prefix><month>` for each month.
    package func counts(_ prefix: String, _ condition: (Int) -> SQLQueryString) -> SQLQueryString {
        sums(prefix, of: "1", condition)
    }

    /// `SUM(CASE WHEN <condition> THEN <value> ELSE 0 END) AS <prefix><month>` for each month.
    package func sums(_ prefix: String, of value: String, _ condition: (Int) -> SQLQueryString) -> SQLQueryString {
        months.indices.map { index -> SQLQueryString in
            "SUM(CASE WHEN \(condition(index)) THEN \(unsafeRaw: value) ELSE 0 END) AS \(ident: "\(prefix)\(index)")"
        }.joined(separator: ", ")
    }

    package func read(_ row: (any SQLRow)?, _ prefix: String) throws -> [Double] {
        // A sum of integers is an integer on PostgreSQL and may be one on SQLite; a sum of ratings is a double.
        try months.indices.map { index in
            let column = "\(prefix)\(index)"
            guard let row else { return 0 }
            if let number = try? row.decode(column: column, as: Double.self) { return number }
            return Double(try row.decode(column: column, as: Int?.self) ?? 0)
        }
    }
}
