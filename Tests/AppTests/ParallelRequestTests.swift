import Fluent
import FluentKit
import FluentSQLiteDriver
import Foundation
import Matching
import MentoringCore
import NIOConcurrencyHelpers
import Persistence
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// The same click many times at once, on SQLite in a file (as deployed) and on PostgreSQL: every one-time or
/// counted action happens once, a person is placed once across all programs, and nobody gets a 500.
@Suite struct ParallelRequestTests {
    /// Runs `body` `count` times at once and returns the results in any order.
    func atOnce<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for index in 0..<count { group.addTask { try await body(index) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Different records saved at once all land: on SQLite the write transactions queue in the process instead
    /// of failing on the lock (in-memory SQLite refuses at once) or holding the few threads while they wait.
    @Test(arguments: [false, true]) func fortyDifferentPeopleSavedAtOnceAllLand(fileDatabase: Bool) async throws {
        try await withApp(fileDatabase: fileDatabase) { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            let before = try await PersonModel.query(on: app.db).count()
            _ = try await atOnce(40) { index in
                var input = PersonInput()
                input.surname = "Параллельная\(index)"
                input.givenName = "Вера"
                input.birthDate = "01.01.1990"
                input.categories = ["teacher"]
                let created = try await PeopleService(scope: scope).create(in: fixture.a.organization.id!, input: input)
                return created.person.id
            }
            #expect(try await PersonModel.query(on: app.db).count() == before + 40)
        }
    }

    /// A second write transaction on SQLite, on another connection, waits for the first as long as the first
    /// takes — longer than SQLite's busy timeout — instead of failing on its lock.
    @Test func aSecondTransactionWaitsForTheFirst() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            guard (app.db as? any SQLDatabase)?.dialect.name == "sqlite" else { return }
            var loops = app.eventLoopGroup.makeIterator()
            guard let one = loops.next(), let other = loops.next(),
                let first = app.databases.database(.sqlite, logger: app.logger, on: one),
                let second = app.databases.database(.sqlite, logger: app.logger, on: other)
            else { return }
            let (entered, enter) = AsyncStream.makeStream(of: Void.self)
            let steps = NIOLockedValueBox<[String]>([])
            let holding = Task {
                try await first.atomically { db in
                    _ = try await PersonModel.query(on: db).count()
                    enter.yield()
                    try await Task.sleep(for: .milliseconds(SQLitePragmas.busyTimeoutMilliseconds + 500))
                    steps.withLockedValue { $0.append("first") }
                }
            }
            for await _ in entered { break }
            try await second.atomically { db in
                _ = try await PersonModel.query(on: db).count()
                steps.withLockedValue { $0.append("second") }
            }
            try await holding.value
            #expect(steps.withLockedValue { $0 } == ["first", "second"])
        }
    }

    @Test func aRunAcceptedFourTimesAtOnceMakesItsPairsOnce() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            _ = try await MatchingPagesTests().bases(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let program = fixture.a.bases.program
            let run = try await app.api(
                .POST, "/programs/\(program)/matching-runs", token: token,
                json: #"{"mode":"optimal"}"#)
            let runID = try run.content.decode(MatchingRunDTO.self).id
            let statuses = try await atOnce(4) { _ in
                try await app.api(.POST, "/matching-runs/\(runID)/accept", token: token).status
            }
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .ok || $0 == .conflict || $0 == .unprocessableEntity }, "\(statuses)")
            let drafts = try await MentorshipModel.query(on: app.db).filter(\.$matchingRunID == runID).all()
            #expect(drafts.count == 2)
        }
    }

    @Test func anOrderSignedSixTimesAtOnceKeepsOneNumber() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let order = fixture.a.bases.order
            let answers = try await atOnce(6) { index in
                let response = try await app.api(
                    .POST, "/orders/\(order)/sign", token: token,
                    json: #"{"number":"\#(index + 1)-о","date":"20.11.2026"}"#)
                return (response.status, index + 1)
            }
            let signed = answers.filter { $0.0 == .ok }
            #expect(signed.count == 1, "\(answers.map(\.0))")
            #expect(answers.allSatisfy { $0.0 == .ok || $0.0 == .conflict || $0.0 == .unprocessableEntity })
            let stored = try #require(try await OrderModel.find(order, on: app.db))
            #expect(stored.number == "\(signed.first?.1 ?? 0)-о")
        }
    }

    @Test func twoOrdersSignedAtOnceWithOneNumberNameTheNumber() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let first = try #require(try await OrderModel.find(fixture.a.bases.order, on: app.db))
            let second = OrderModel()
            second.$organization.id = first.$organization.id
            second.$program.id = first.$program.id
            second.kind = first.kind
            second.title = "О закреплении (второй)"
            second.grounds = first.grounds
            second.points = first.points
            second.status = .draft
            second.createdBy = "test"
            second.createdAt = Date()
            try await second.create(on: app.db)
            let orders = [first.id!, second.id!]
            let responses = try await atOnce(2) { index in
                try await app.api(
                    .POST, "/orders/\(orders[index])/sign", token: token,
                    json: #"{"number":"7-о","date":"20.11.2026"}"#)
            }
            #expect(responses.map(\.status).sorted { $0.code < $1.code } == [.ok, .unprocessableEntity])
            let refused = try #require(responses.first { $0.status == .unprocessableEntity })
            #expect(refused.apiError?.fields["number"]?.contains("7-о") == true)
        }
    }

    @Test func oneSurveyLinkAnsweredEightTimesAtOnceKeepsOneAnswer() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            _ = try await ConsentService(scope: scope).record(
                for: fixture.a.minor.id!,
                input: ConsentInput(
                    kind: "participation", purpose: "Программа", signedBy: fixture.a.representative.id!.uuidString,
                    signedOn: "01.09.2026", text: "Согласие на участие"), scan: nil)
            let surveys = SurveyService(scope: scope)
            let template = try #require(
                try await surveys.templates(for: fixture.a.organization.id!)
                    .first { $0.key == Questionnaire.satisfactionMentee.key })
            let survey = try await surveys.create(
                in: fixture.a.bases.program,
                input: SurveyInput(
                    template: template.id!.uuidString, audience: "program_mentees", closesOn: "20.12.2026"))
            let invitation = try #require(
                try await SurveyInvitationModel.query(on: app.db)
                    .filter(\.$survey.$id == survey.id!).first())
            let outcomes = try await atOnce(8) { _ in
                do {
                    let service = AnswerService(db: app.db, clock: app.clock, requestID: "test")
                    _ = try await service.submit(
                        invitation.token,
                        raw: [
                            "overall": ["9"], "mentor": ["9"], "meetings": ["8"], "expectations": ["8"],
                        ])
                    return "saved"
                } catch let error as DomainError {
                    return "\(error)"
                }
            }
            #expect(outcomes.filter { $0 == "saved" }.count == 1, "\(outcomes)")
            let responses = try await SurveyResponseModel.query(on: app.db).filter(\.$survey.$id == survey.id!).count()
            #expect(responses == 1)
        }
    }

    @Test func twentyFiveGuessesAtOnceMeetTheThrottle() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            _ = try await Fixture.seed(app)
            let (visitor, _) = try await Browser.visitor(app, opening: SiteURL.login.path)
            let statuses = try await atOnce(25) { _ in
                try await app.post(
                    SiteURL.login.path, as: visitor,
                    form: [("login", "curator-a"), ("password", "wrong-password")]
                ).status
            }
            #expect(statuses.filter { $0 == .unauthorized }.count <= LoginThrottle().limit, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests }, "\(statuses)")
        }
    }

    @Test func aPeopleListConfirmedThreeTimesAtOnceIsSavedOnce() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let upload = fixture.a.bases.peopleImport
            let before = try await PersonModel.query(on: app.db).count()
            let outcomes = try await atOnce(3) { _ in
                do {
                    let saved = try await PeopleImportService(scope: app.consoleScope())
                        .confirm(upload, mapping: nil, defaultCategory: .student).saved
                    return saved
                } catch is DomainError {
                    return -1
                }
            }
            #expect(outcomes.sorted() == [-1, -1, 1])
            #expect(try await PersonModel.query(on: app.db).count() == before + 1)
        }
    }

    /// The fixture's minor is in a fixed pair of program A and its mentor holds one of two places there: in a
    /// second program the minor is not proposed again, cannot be paired by hand, and the mentor's places there
    /// count the pair of program A.
    @Test func aPersonIsPlacedOnceAcrossPrograms() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            let org = fixture.a.organization.id!
            let representative = fixture.a.representative.id!.uuidString
            for (person, kind, signer) in [
                (fixture.a.adult.id!, "personal_data", "subject"),
                (fixture.a.adult.id!, "participation", "subject"),
                (fixture.a.minor.id!, "participation", representative),
            ] {
                _ = try await ConsentService(scope: scope).record(
                    for: person,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: signer, signedOn: "01.09.2026", text: "Согласие"),
                    scan: nil)
            }
            let second = try await ProgramService(scope: scope).create(
                in: org,
                input: ProgramInput(
                    title: "Вторая программа", periodStart: "01.09.2026", periodEnd: "31.08.2027",
                    forms: ["student_student"]))
            var mentorInput = MentorProfileInput()
            mentorInput.forms = ["student_student"]
            mentorInput.capacity = "1"
            let mentor = try await BaseService(scope: scope).addMentor(
                to: second.id!, personID: fixture.a.adult.id!,
                input: mentorInput)
            var menteeInput = MenteeProfileInput()
            menteeInput.form = "student_student"
            menteeInput.mainRequest = "Математика"
            let mentee = try await BaseService(scope: scope).addMentee(
                to: second.id!, personID: fixture.a.minor.id!,
                input: menteeInput)
            let context = try await ProgramService(scope: scope).program(second.id!)
            let setup = try await MatchingSetupBuilder(scope: scope).build(context)
            #expect(setup.mentees.isEmpty)
            #expect(setup.mentors.first?.activeMentees == 1)
            let refused = await #expect(throws: (any Error).self) {
                try await MentorshipService(scope: scope).create(
                    in: second.id!,
                    input: MentorshipInput(
                        mentor: mentor.id!.uuidString, mentees: [mentee.id!.uuidString], form: "student_student",
                        startsOn: "01.12.2026", endsOn: "31.05.2027"))
            }
            #expect("\(String(describing: refused))".contains("уже в паре"))
            #expect(try await MentorshipModel.query(on: app.db).filter(\.$program.$id == second.id!).count() == 0)
        }
    }
}
