import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import SQLKit
import Testing
import Vapor

@testable import App

/// Statuses, forms and days are stored as before (the same strings) but read as the core's types: a value nobody
/// wrote is an error, not a quiet default, and a pair's status moves only as the core's state machine allows.
@Suite struct TypedPersistenceTests {
    @Test func aStoredStatusNobodyWroteIsAnErrorNotADraft() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let id = fixture.a.bases.mentorship
            let stored = try await MentorshipModel.find(id, on: app.db)
            #expect(stored?.status == .fixed && stored?.activeSince == CalendarDate(parsing: "2026-11-01"))
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE mentorships SET status = 'paused' WHERE id = \(bind: id)").run()
            await #expect(throws: (any Error).self) { try await MentorshipModel.find(id, on: app.db) }
        }
    }

    /// The lists read pairs and consents as plain rows: there too a status, a kind or a day nobody wrote is an error.
    @Test func plainRowsRefuseAStoredValueNobodyWrote() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let id = fixture.a.bases.mentorship
            let program = try #require(try await MentorshipModel.find(id, on: app.db)).$program.id
            let pairs = { try await MentorshipModel.read(programs: [program], on: app.db) }
            let pair = try #require(try await pairs().first { $0.id == id })
            #expect(pair.status == .fixed && pair.activeSince == CalendarDate(parsing: "2026-11-01"))
            for (wrong, right) in [
                ("status = 'paused'", "status = 'fixed'"), ("form = 'coaching'", "form = '\(pair.form.rawValue)'"),
                ("active_since = '2026-02-30'", "active_since = '2026-11-01'"),
            ] {
                try await sql.raw("UPDATE mentorships SET \(unsafeRaw: wrong) WHERE id = \(bind: id)").run()
                await #expect(throws: DecodingError.self, "\(wrong)") { try await pairs() }
                try await sql.raw("UPDATE mentorships SET \(unsafeRaw: right) WHERE id = \(bind: id)").run()
            }
            #expect(try await pairs().count > 0)

            let person = fixture.a.consent.$person.id
            let consents = { try await ConsentLookup(db: app.db).consents(of: person) }
            let consent = try #require(try await consents().first)
            let consentID = consent.id.rawValue
            for (wrong, right) in [
                ("kind = 'oral'", "kind = '\(consent.kind.rawValue)'"),
                ("signed_on = '2024-02-30'", "signed_on = '\(consent.signedOn)'"),
                ("valid_until = 'soon'", "valid_until = \(consent.validUntil.map { "'\($0)'" } ?? "NULL")"),
            ] {
                try await sql.raw("UPDATE consents SET \(unsafeRaw: wrong) WHERE id = \(bind: consentID)").run()
                await #expect(throws: DecodingError.self, "\(wrong)") { try await consents() }
                try await sql.raw("UPDATE consents SET \(unsafeRaw: right) WHERE id = \(bind: consentID)").run()
            }
            #expect(try await consents().first { $0.id == consent.id } == consent)
        }
    }

    @Test func aMatchingRunsModeAndStatusAreReadAsTheEnginesTypes() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let id = fixture.a.bases.matchingRun
            let run = try #require(try await MatchingRunModel.find(id, on: app.db))
            #expect(run.mode == .optimal && run.status == .proposed && run.isProposed)
            let row = try #require(
                try await app.db.sql.raw("SELECT mode, status FROM matching_runs WHERE id = \(bind: id)").first())
            #expect(try row.decode(column: "mode", as: String.self) == "optimal")
            try await app.db.sql.raw("UPDATE matching_runs SET mode = 'greedy' WHERE id = \(bind: id)").run()
            await #expect(throws: (any Error).self) { try await MatchingRunModel.find(id, on: app.db) }
        }
    }

    @Test func theStoredFormIsTheOneTheColumnHadBefore() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let sql = try #require(app.db as? any SQLDatabase)
            let row = try #require(
                try await sql.raw(
                    """
                    SELECT status, form, active_since FROM mentorships WHERE id = \(bind: fixture.a.bases.mentorship)
                    """
                ).first())
            #expect(try row.decode(column: "status", as: String.self) == "fixed")
            #expect(try row.decode(column: "form", as: String.self) == "teacher_teacher")
            #expect(try row.decode(column: "active_since", as: String.self) == "2026-11-01")
        }
    }

    /// The program's count of terminated pairs reads each stored reason as the reason, not as a default.
    @Test func terminatedPairsAreCountedByTheirStoredReason() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            try await MentorshipService(scope: scope).terminate(
                fixture.a.bases.mentorship, reason: TerminationReason.mentorLeft.rawValue, note: nil)
            let dashboard = try await ProgramMonitoring(scope: scope).dashboard(fixture.a.bases.program)
            #expect(dashboard.facts.terminated == [.mentorLeft: 1])
        }
    }

    @Test(arguments: MentorshipStatus.allCases)
    func aPairMovesOnlyAsTheStateMachineAllows(from: MentorshipStatus) throws {
        let day = try #require(CalendarDate(parsing: "2026-12-01"))
        for next in MentorshipStatus.allCases {
            let pair = MentorshipModel()
            pair.status = from
            if from.allows(next) {
                try pair.move(to: next, on: day)
                #expect(pair.status == next)
                let dated = next == .fixed || next == .active ? pair.activeSince : pair.closedOn
                #expect(dated == day, "\(from) → \(next) records the day")
            } else {
                #expect(throws: DomainError.self) { try pair.move(to: next, on: day) }
                #expect(pair.status == from)
            }
        }
    }
}
