import Fluent
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor

@testable import App

/// The indicators' SQL read directly, on SQLite and PostgreSQL alike: what each grouped query counts, for whom and
/// in which year.
@Suite struct MonitoringRepositoryTests {
    static func repository(_ app: Application, year: Int) -> MonitoringRepository {
        let rules = CountingRules(
            figures: .defaults(year: year, firstYear: nil), today: CalendarDate(year: 2026, month: 12, day: 1)!)
        return MonitoringRepository(db: app.db, rules: rules)
    }

    /// Side A's pair works from 1 November 2026; its mentee, born in 2012, answered the satisfaction survey with 9.
    @Test func theYearsCountsAreTheWorkingPairsPeopleAndAnswersOfEachOrganization() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await MonitoringPagesTests.workingPairWithSatisfaction(app, fixture)
            let (a, b) = (fixture.a.organization.id!, fixture.b.organization.id!)
            let repository = Self.repository(app, year: 2026)
            let counts = try await repository.counts(.organizations([a, b]), meetings: true)
            let one = try #require(counts[a])
            #expect(one.pairs == 1 && one.mentors == 1 && one.mentees == 1 && one.menteeChildren10to19 == 1)
            #expect(one.menteeAnswers == 1 && one.satisfiedMentees == 1 && one.mentorAnswers == 0)
            #expect((counts[b]?.pairs ?? 0) == 0, "side B's pair is only fixed: it has not worked")
            let program = try await repository.counts(.program(fixture.a.bases.program), meetings: false)
            #expect(program[a]?.pairs == 1 && program[b] == nil)
            let people = try await repository.people(.menteeChildren, .organizations([a, b]))
            #expect(people.map(\.person) == [fixture.a.minor.id!])
            let earlier = try await Self.repository(app, year: 2025).counts(.organizations([a]), meetings: true)
            #expect((earlier[a]?.pairs ?? 0) == 0 && (earlier[a]?.mentees ?? 0) == 0, "the pair did not work in 2025")
        }
    }

    @Test func aProgramsFactsTerminatedPairsAndMonthsComeFromItsOwnPairs() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await MonitoringPagesTests.workingPairWithSatisfaction(app, fixture)
            let repository = Self.repository(app, year: 2026)
            let program = fixture.a.bases.program
            let facts = try await repository.facts(program: program, organization: fixture.a.organization.id!)
            #expect(facts.mentorsByForm == [.teacherTeacher: 1] && facts.menteesByForm == [.teacherTeacher: 1])
            #expect(facts.menteeStudents10to19 == 1 && facts.satisfiedMentees == 1)
            #expect(try await repository.terminated(program: program).isEmpty)
            let months = [Month(year: 2026, month: 10), Month(year: 2026, month: 11), Month(year: 2026, month: 12)]
            var series = try await repository.series(program: program, months: months)
            #expect(series[ProgramIndicator.pairsFormed.rawValue] == [0, 1, 1])

            let pair = try #require(try await MentorshipModel.find(fixture.a.bases.mentorship, on: app.db))
            try pair.move(to: .terminated, on: CalendarDate(year: 2026, month: 12, day: 1)!)
            pair.terminationReason = .incompatibility
            try await pair.save(on: app.db)
            #expect(try await repository.terminated(program: program) == [.incompatibility: 1])
            series = try await repository.series(program: program, months: months)
            #expect(series[ProgramIndicator.terminated.rawValue] == [0, 0, 1])
            #expect(try await repository.terminated(program: fixture.b.bases.program).isEmpty)
        }
    }
}
