import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit
import Testing
import Vapor

@testable import App

/// A program's bases read as plain rows give the profiles Fluent gives, column for column; saved again, they keep
/// every column; a stored case nobody wrote is an error.
@Suite struct ProfileRowsTests {
    static func mentorColumns(_ profile: MentorProfileModel) -> [String] {
        [
            "\(profile.id!)", "\(profile.$program.id)", "\(profile.$person.id)", "\(profile.$organization.id)",
            "\(profile.value)", "\(profile.createdAt.timeIntervalSince1970)",
        ]
    }

    static func menteeColumns(_ profile: MenteeProfileModel) -> [String] {
        [
            "\(profile.id!)", "\(profile.$program.id)", "\(profile.$person.id)", "\(profile.$organization.id)",
            "\(profile.value)", "\(profile.createdAt.timeIntervalSince1970)",
        ]
    }

    /// Every optional column of the fixture's profiles filled, so that both the empty and the filled are read.
    static func fillOptionals(_ app: Application, _ bases: Fixture.BaseIDs) async throws {
        let mentor = try #require(try await MentorProfileModel.find(bases.mentor, on: app.db))
        var value = mentor.value
        value.competencyNotes = "Ведёт «Точку роста»\n"
        value.experience = "12 лет"
        value.menteeAges = "10–14"
        value.weeklyHours = 3
        value.registryOrder = "№ 14-од"
        value.trainings = [
            MentorTraining(course: "Наставник 2.0", hours: 36, completedOn: CalendarDate(parsing: "2026-05-20"))
        ]
        value.offeredToOthers = true
        mentor.value = value
        try await mentor.save(on: app.db)
        let mentee = try #require(try await MenteeProfileModel.find(bases.mentee, on: app.db))
        mentee.value.requestNotes = "Хочет готовиться к олимпиаде"
        mentee.value.weeklyHours = 2
        try await mentee.save(on: app.db)
    }

    @Test func aBaseReadAsRowsIsTheBaseFluentReads() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let bases = fixture.a.bases
            let program = bases.program
            let mentors = { try await MentorProfileModel.read(program: program, on: app.db).map(Self.mentorColumns) }
            let mentees = { try await MenteeProfileModel.read(program: program, on: app.db).map(Self.menteeColumns) }
            let fluentMentors = {
                try await MentorProfileModel.query(on: app.db).filter(\.$program.$id == program).all()
                    .map(Self.mentorColumns)
            }
            let fluentMentees = {
                try await MenteeProfileModel.query(on: app.db).filter(\.$program.$id == program).all()
                    .map(Self.menteeColumns)
            }
            for filled in [false, true] {
                if filled { try await Self.fillOptionals(app, bases) }
                let (rows, models) = (try await mentors(), try await fluentMentors())
                let (menteeRows, menteeModels) = (try await mentees(), try await fluentMentees())
                #expect(!rows.isEmpty && !menteeRows.isEmpty)
                #expect(Set(rows) == Set(models))
                #expect(Set(menteeRows) == Set(menteeModels))
                #expect(rows.contains { $0.contains { $0.contains("Наставник 2.0") } } == filled)
                #expect(menteeRows.contains { $0.contains { $0.contains("олимпиаде") } } == filled)
            }

            let before = try await fluentMentors()
            let read = try #require(try await MentorProfileModel.read(program: program, on: app.db).first)
            read.capacity += 1
            try await read.save(on: app.db)
            read.capacity -= 1
            try await read.save(on: app.db)
            let after = try await fluentMentors()
            #expect(after == before)
        }
    }

    @Test func aStoredCaseNobodyWroteIsAnError() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let bases = fixture.a.bases
            let sql = app.db.sql
            for (table, id, column, wrong) in [
                ("mentor_profiles", bases.mentor, "status", "resting"),
                ("mentor_profiles", bases.mentor, "format", "fax"),
                ("mentee_profiles", bases.mentee, "form", "coaching"),
                ("mentee_profiles", bases.mentee, "waiting_since", "2026-02-30"),
            ] {
                let right = try #require(
                    try await sql.raw("SELECT \(ident: column) AS v FROM \(ident: table) WHERE id = \(bind: id)")
                        .first()
                ).decode(column: "v", as: String.self)
                try await sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(bind: wrong) WHERE id = \(bind: id)")
                    .run()
                await #expect(throws: DecodingError.self, "\(column) = \(wrong)") {
                    _ = try await MentorProfileModel.read(program: bases.program, on: app.db)
                    _ = try await MenteeProfileModel.read(program: bases.program, on: app.db)
                }
                try await sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(bind: right) WHERE id = \(bind: id)")
                    .run()
            }
            #expect(try await MenteeProfileModel.read(program: bases.program, on: app.db).count > 0)
        }
    }
}
