import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

/// The curator's and the head's view of one program: its indicators with formulas, targets and monthly history.
struct ProgramDashboard: Sendable {
    var context: ProgramContext
    var figures: MunicipalFigures
    var facts: ProgramFacts
    var cards: [IndicatorCard]
    var months: [Month]
    /// Card key → a value per month (`nil` where nothing was measured).
    var series: [String: [Double?]]
    var impact: [ImpactSummary]
    var impactParameters: [String: String]
    var exitWithoutEntry: Int
    var waitingForExit: Int
    var processResults: [ProcessResultModel]

    func trend(_ key: String) -> Trend? {
        guard let points = series[key], points.count >= 2 else { return nil }
        return Trend(previous: points[points.count - 2], current: points[points.count - 1])
    }
}

struct ProgramMonitoring {
    let scope: RequestScope

    var sql: any SQLDatabase { scope.db.sql }

    func dashboard(_ programID: UUID) async throws -> ProgramDashboard {
        let context = try await ProgramService(scope: scope).program(programID)
        let program = context.program
        let start = program.period.start ?? scope.today
        let (figures, rules) = try await counting(context)
        var facts = try await facts(context, rules: rules)
        let impact = try await impact(programID)
        facts.terminated = try await terminated(programID)
        let months = Month.range(from: start, to: min(scope.today, program.period.end ?? scope.today))
        let series = try await series(programID, months: months, threshold: figures.threshold)
        let results = try await ProcessResultModel.query(on: scope.db).filter(\.$program.$id == programID).sort(
            \.$createdAt
        ).all()
        try await AuditLog(scope: scope).record(
            .list, .indicators, objectID: programID, organizationID: context.organization.id,
            role: scope.user.mainRole, fields: ["program"])
        let cards = facts.cards(targets: figures.targets, forms: program.forms)
        return ProgramDashboard(
            context: context, figures: figures, facts: facts, cards: cards, months: months,
            series: series, impact: impact.summaries, impactParameters: impact.parameters,
            exitWithoutEntry: impact.exitWithoutEntry, waitingForExit: impact.waiting, processResults: results)
    }

    /// The municipality's figures of the program's first year, and the rules its indicators count by over the program's period.
    func counting(_ context: ProgramContext) async throws -> (figures: MunicipalFigures, rules: CountingRules) {
        let year = (context.program.period.start ?? scope.today).year
        let (figures, _) = try await MunicipalMonitoring(scope: scope).figures(
            of: context.organization.$municipality.id, year: year)
        return (figures, CountingRules(figures: figures, today: scope.today, span: context.program.period))
    }

    /// The program's counts from grouped queries, the organization's own denominators, and the per-pair figures
    /// that live in the plan's JSON or need day arithmetic, read as a few columns of the program's pairs.
    private func facts(_ context: ProgramContext, rules: CountingRules) async throws -> ProgramFacts {
        let programID = context.id
        let counts = try await IndicatorQueries(db: scope.db, rules: rules).counts(.program(programID), meetings: false)
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
        let (after10, upTo10) = AgeBand.children10to19.birthDates(on: rules.referenceDate)
        let (after15, upTo15) = AgeBand.children15to19.birthDates(on: rules.referenceDate)
        if let row = try await sql.raw(
            """
            SELECT SUM(CASE WHEN categories LIKE '%|student|%' AND birth_date > \(bind: after10.description) AND birth_date <= \(bind: upTo10.description) THEN 1 ELSE 0 END) AS band10,
                   SUM(CASE WHEN categories LIKE '%|student|%' AND birth_date > \(bind: after15.description) AND birth_date <= \(bind: upTo15.description) THEN 1 ELSE 0 END) AS band15,
                   SUM(CASE WHEN is_young_specialist = \(bind: true) THEN 1 ELSE 0 END) AS young
            FROM people WHERE organization_id = \(bind: context.organization.id!)
            """
        ).first() {
            facts.students10to19 = try row.decode(column: "band10", as: Int?.self) ?? 0
            facts.students15to19 = try row.decode(column: "band15", as: Int?.self) ?? 0
            facts.youngSpecialists = try row.decode(column: "young", as: Int?.self) ?? 0
        }
        // Distinct people of the pairs fixed, working or completed, by form: mentors through the pair, mentees through its members.
        let sides: [(WritableKeyPath<ProgramFacts, [MentoringForm: Int]>, SQLQueryString)] = [
            (\.mentorsByForm, "mentor_profiles mp ON mp.id = m.mentor_profile_id"),
            (
                \.menteesByForm,
                "mentorship_mentees mm ON mm.mentorship_id = m.id JOIN mentee_profiles mp ON mp.id = mm.mentee_profile_id"
            ),
        ]
        for (side, join) in sides {
            for row in try await sql.raw(
                """
                SELECT m.form, COUNT(DISTINCT mp.person_id) AS n FROM mentorships m JOIN \(join)
                WHERE m.program_id = \(bind: programID) AND m.status IN (\(in: [MentorshipStatus.fixed, .active, .completed])) GROUP BY m.form
                """
            ).all() {
                let form = try row.decode(column: "form", as: MentoringForm.self)
                facts[keyPath: side][form] = try row.decode(column: "n", as: Int.self)
            }
        }
        facts.meetingsHeld =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM meetings mt JOIN mentorships m ON m.id = mt.mentorship_id
                WHERE m.program_id = \(bind: programID) AND mt.status = \(is: MeetingStatus.held)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        for row in try await sql.raw(
            """
            SELECT f.role, SUM(f.rating) AS total, COUNT(f.rating) AS n FROM meeting_feedback f JOIN mentorships m ON m.id = f.mentorship_id
            WHERE m.program_id = \(bind: programID) AND f.rating IS NOT NULL GROUP BY f.role
            """
        ).all() {
            let tally = Tally(
                sum: try row.decode(column: "total", as: Double?.self) ?? 0,
                count: try row.decode(column: "n", as: Int.self))
            if try row.decode(column: "role", as: String.self) == Role.mentee.rawValue {
                facts.feedbackOfMentees = tally
            } else {
                facts.feedbackOfMentors = tally
            }
        }
        let pairs = try await MentorshipModel.read(
            programs: [programID], statuses: [.fixed, .active, .completed, .terminated], on: scope.db)
        for pair in pairs {
            if pair.status != .fixed, let since = pair.activeSince {
                let until = pair.closedOn ?? rules.today
                // A pair younger than a month counts as one month, so that its first meetings do not read as dozens a month.
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
            SELECT mp.waiting_since, m.created_at FROM mentorship_mentees mm JOIN mentorships m ON m.id = mm.mentorship_id
            JOIN mentee_profiles mp ON mp.id = mm.mentee_profile_id WHERE m.program_id = \(bind: programID) AND m.status <> \(is: MentorshipStatus.draft)
            """
        ).all() {
            guard let waited = CalendarDate(parsing: try row.decode(column: "waiting_since", as: String.self)) else {
                continue
            }
            let paired = CalendarDate(try row.decode(column: "created_at", as: Date.self))
            facts.daysToPair.add(Double(max(0, waited.days(until: paired))))
        }
        return facts
    }

    private func terminated(_ programID: UUID) async throws -> [TerminationReason: Int] {
        var result: [TerminationReason: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT termination_reason, COUNT(*) AS n FROM mentorships WHERE program_id = \(bind: programID) AND status = \(is: MentorshipStatus.terminated) GROUP BY termination_reason
            """
        ).all() {
            // A pair terminated before reasons were asked has none: it ended by agreement.
            let reason = try row.decode(column: "termination_reason", as: TerminationReason?.self) ?? .agreement
            result[reason, default: 0] += try row.decode(column: "n", as: Int.self)
        }
        return result
    }
}
