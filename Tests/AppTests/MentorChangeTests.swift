import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A new mentor for a pair: the old pair ends with the reason given (the mentor left, when none is given), and a
/// reason the form does not offer is refused with nothing changed.
@Suite struct MentorChangeTests {
    @Test func aReasonTheFormDoesNotOfferIsRefusedAndNoneMeansTheMentorLeft() async throws {
        try await withApp { app, clock in
            app.clock = clock.ticking
            let fixture = try await Fixture.seed(app)
            let (mentor, mentee) = try await MentorshipPagesTests.teachers(app, fixture)
            let program = fixture.a.bases.program
            var input = MentorProfileInput()
            input.forms = ["teacher_teacher"]
            input.capacity = "1"
            let teacher = try await MatchingPagesTests().teacher(
                app, fixture.a.organization.requireID(), "Другова", experience: 15)
            let newMentor = try await BaseService(scope: app.consoleScope()).addMentor(
                to: program, personID: teacher, input: input
            ).requireID()
            let created = try await MentorshipService(scope: app.consoleScope()).create(
                in: program,
                input: MentorshipInput(
                    mentor: mentor.uuidString, mentees: [mentee.uuidString], form: "teacher_teacher"))
            created.status = .fixed
            try await created.save(on: app.db)
            let pair = try created.requireID()
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = SiteURL.mentorshipMentor(.id(pair)).path
            let pairs = try await MentorshipModel.query(on: app.db).count()

            let refused = try await app.post(
                path, as: curator, form: [("mentor", newMentor.uuidString), ("reason", "whatever")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Выберите причину прекращения."))
            #expect(try await MentorshipModel.find(pair, on: app.db)?.status == .fixed)
            #expect(try await MentorshipModel.query(on: app.db).count() == pairs)

            let changed = try await app.post(path, as: curator, form: [("mentor", newMentor.uuidString)])
            #expect(changed.status == .seeOther)
            let old = try #require(try await MentorshipModel.find(pair, on: app.db))
            #expect(old.status == .terminated)
            #expect(old.terminationReason == .mentorLeft)
            #expect(try await MentorshipModel.query(on: app.db).count() == pairs + 1)
        }
    }
}
