import FluentKit
import Foundation
import MentoringCore
import SQLKit

extension MonitoringRepository {
    /// The program's counts from grouped queries, the organization's own denominators, and the per-pair figures
    /// that live in the plan's JSON or need day arithmetic, read as a few columns of the program's pairs.
    package func facts(program programID: UUID, organization: UUID) async throws -> ProgramFacts {
        let counts = try await counts(.program(programID), meetings: false)
            .values.reduce(OrganizationCounts()) { $0 + $1 }
        var facts = ProgramFacts()
        facts.menteesRequested = counts.menteesRequested
        facts.menteesMatched = counts.menteesMatched
        facts.menteeStudents10to19 = counts.menteeChildren10to19
        facts.mentorStudents15to19 = counts.mentorChildren15to19
        facts.menteeYoungSpecialists = counts.menteeYoungSpecialists
        facts.satisfiedMentees = counts.satisfiedMentees
        facts.menteeAnswers = counts.menteeAnswers
        facts.satisfiedMentors = counts.satisfiedMentors
        facts.mentorAnswers = counts.mentorAnswers
        try await readDenominators(of: organization, into: &facts)
        try await readPeopleByForm(program: programID, into: &facts)
        try await readMeetingsAndFeedback(program: programID, into: &facts)
        try await readPairs(program: programID, into: &facts)
        return facts
    }

    /// Terminated pairs of the program by the reason they ended.
    package func terminated(program programID: UUID) async throws -> [TerminationReason: Int] {
        var result: [TerminationReason: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT termination_reason, COUNT(*) AS n FROM \(SQLTable.mentorships)
            WHERE program_id = \(bind: programID) AND status = \(is: MentorshipStatus.terminated)
            GROUP BY termination_reason
            """
        ).all() {
            // A pair terminated before reasons were asked has none: it ended by agreement.
            let reason = try row.decode(column: "termination_reason", as: TerminationReason?.self) ?? .agreement
            result[reason, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return result
    }

    /// The organization's own students of 10–19 and 15–19 and its young specialists.
    private func readDenominators(of organization: UUID, into facts: inout ProgramFacts) async throws {
        let student = "%" + PersonModel.mark(.student) + "%"
        func students(_ band: AgeBand) -> SQLQueryString {
            let (after, upTo) = band.birthDates(on: rules.referenceDate)
            return """
                SUM(CASE WHEN categories LIKE \(bind: student)
                  AND birth_date > \(bind: after.description) AND birth_date <= \(bind: upTo.description)
                  THEN 1 ELSE 0 END)
                """
        }
        guard
            let row = try await sql.raw(
                """
                SELECT \(students(.children10to19)) AS band10, \(students(.children15to19)) AS band15,
                       SUM(CASE WHEN is_young_specialist = \(bind: true) THEN 1 ELSE 0 END) AS young
                FROM \(SQLTable.people) WHERE organization_id = \(bind: organization)
                """
            ).first()
        else { return }
        facts.students10to19 = try row.decode(column: "band10", as: Int?.self) ?? 0
        facts.students15to19 = try row.decode(column: "band15", as: Int?.self) ?? 0
        facts.youngSpecialists = try row.decode(column: "young", as: Int?.self) ?? 0
    }

    /// Distinct people of the pairs fixed, working or completed, by form: mentors through the pair, mentees through
    /// its members.
    private func readPeopleByForm(program programID: UUID, into facts: inout ProgramFacts) async throws {
        let sides: [(WritableKeyPath<ProgramFacts, [MentoringForm: Int]>, SQLQueryString)] = [
            (\.mentorsByForm, "\(SQLTable.mentorProfiles) mp ON mp.id = m.mentor_profile_id"),
            (
                \.menteesByForm,
                """
                \(SQLTable.mentorshipMentees) mm ON mm.mentorship_id = m.id
                JOIN \(SQLTable.menteeProfiles) mp ON mp.id = mm.mentee_profile_id
                """
            ),
        ]
        for (side, join) in sides {
            for row in try await sql.raw(
                """
                SELECT m.form, COUNT(DISTINCT mp.person_id) AS n FROM \(SQLTable.mentorships) m JOIN \(join)
                WHERE m.program_id = \(bind: programID)
                  AND m.status IN (\(in: [MentorshipStatus.fixed, .active, .completed]))
                GROUP BY m.form
                """
            ).all() {
                let form = try row.decode(column: "form", as: MentoringForm.self)
                facts[keyPath: side][form] = try row.decode(column: "n", as: Int.self)
            }
        }
    }

    private func readMeetingsAndFeedback(program programID: UUID, into facts: inout ProgramFacts) async throws {
        facts.meetingsHeld =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM \(SQLTable.meetings) mt
                JOIN \(SQLTable.mentorships) m ON m.id = mt.mentorship_id
                WHERE m.program_id = \(bind: programID) AND mt.status = \(is: MeetingStatus.held)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        for row in try await sql.raw(
            """
            SELECT f.role, SUM(f.rating) AS total, COUNT(f.rating) AS n FROM \(SQLTable.meetingFeedback) f
            JOIN \(SQLTable.mentorships) m ON m.id = f.mentorship_id
            WHERE m.program_id = \(bind: programID) AND f.rating IS NOT NULL GROUP BY f.role
            """
        ).all() {
            let tally = Tally(
                sum: try row.decode(column: "total", as: Double?.self) ?? 0,
                count: try row.decode(column: "n", as: Int.self))
            if try row.decode(column: "role", as: Role.self) == .mentee {
                facts.feedbackOfMentees = tally
            } else {
                facts.feedbackOfMentors = tally
            }
        }
    }

    /// Months of work, plan tasks and days from the request to the pair, from a few columns of the program's pairs.
    private func readPairs(program programID: UUID, into facts: inout ProgramFacts) async throws {
        let pairs = try await MentorshipModel.read(
            programs: [programID], statuses: [.fixed, .active, .completed, .terminated], on: db)
        for pair in pairs {
            if pair.status != .fixed, let since = pair.activeSince {
                let until = pair.closedOn ?? rules.today
                // A pair younger than a month counts as one month, so that its first meetings do not read as dozens
                // a month.
                if since <= until, pair.status != .terminated || pair.closedOn != nil {
                    facts.pairMonths += max(1, Month.worked(from: since, to: until))
                }
            }
            guard pair.status != .terminated, let plan = pair.plan else { continue }
            facts.planTasks += plan.tasks.filter { $0.status != .cancelled }.count
            facts.planTasksDone += plan.tasks.filter { $0.status == .done }.count
        }
        facts.pairsFormed = pairs.filter { $0.status != .terminated }.count
        for row in try await sql.raw(
            """
            SELECT mp.waiting_since, m.created_at FROM \(SQLTable.mentorshipMentees) mm
            JOIN \(SQLTable.mentorships) m ON m.id = mm.mentorship_id
            JOIN \(SQLTable.menteeProfiles) mp ON mp.id = mm.mentee_profile_id
            WHERE m.program_id = \(bind: programID) AND m.status <> \(is: MentorshipStatus.draft)
            """
        ).all() {
            guard let waited = CalendarDate(parsing: try row.decode(column: "waiting_since", as: String.self)) else {
                continue
            }
            let paired = CalendarDate(try row.decode(column: "created_at", as: Date.self))
            facts.daysToPair.add(Double(max(0, waited.days(until: paired))))
        }
    }
}
