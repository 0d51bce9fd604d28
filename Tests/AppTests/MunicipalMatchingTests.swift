import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The authority matches over the municipal base: a college mentor who agreed to work with other organizations
/// gets a school's mentee; one who did not stays with their own; the pair goes to the school as a draft.
@Suite struct MunicipalMatchingTests {
    struct Municipality {
        var open: UUID
        var closed: UUID
        var mentees: [UUID]
    }

    /// A college in side A's municipality with two mentors of a rare competency — one offered to other organizations —
    /// and two school teachers asking for it in side A's program.
    func municipality(_ app: Application, _ fixture: Fixture) async throws -> Municipality {
        let scope = app.consoleScope()
        let college = try await OrganizationService(scope: scope).create(
            Organization.Input(
                kind: "college", fullName: "Колледж a полное", shortName: "Колледж a", headName: "Директор колледжа",
                municipalityID: fixture.a.municipality.id!.uuidString))
        let program = try await ProgramService(scope: scope).create(
            in: college.id!,
            input: ProgramInput(
                title: "Программа колледжа", periodStart: "01.09.2026", periodEnd: "31.08.2027",
                forms: ["teacher_teacher"]))
        let helper = MatchingPagesTests()
        let bases = BaseService(scope: scope)
        var mentors: [UUID] = []
        for (surname, offered) in [("Открытова", true), ("Закрытова", false)] {
            var input = MentorProfileInput()
            input.forms = ["teacher_teacher"]
            input.competencies = ["Сетевое наставничество"]
            input.capacity = "1"
            input.weeklyHours = "2"
            input.offeredToOthers = offered ? "true" : nil
            let person = try await helper.teacher(app, college.id!, surname, experience: 25)
            mentors.append(try await bases.addMentor(to: program.id!, personID: person, input: input).id!)
        }
        var mentees: [UUID] = []
        for surname in ["Школьнова", "Урокова"] {
            var input = MenteeProfileInput()
            input.form = "teacher_teacher"
            input.mainRequest = "Сетевое наставничество"
            input.weeklyHours = "2"
            let person = try await helper.teacher(app, fixture.a.organization.id!, surname, experience: 1)
            mentees.append(try await bases.addMentee(to: fixture.a.bases.program, personID: person, input: input).id!)
        }
        return Municipality(open: mentors[0], closed: mentors[1], mentees: mentees)
    }

    @Test func theAuthorityMatchesAcrossOrganizationsAndPassesPairsToTheSchool() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await municipality(app, fixture)
            let municipalityID = fixture.a.municipality.id!
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let page = try await app.get(SiteURL.municipalMatching(.id(municipalityID)).path, as: coordinator)
            #expect(page.status == .ok && page.body.string.contains("Подбор пар по муниципалитету"))

            // Another municipality's authority and a school's curator do not see it.
            let stranger = try await Browser.signedIn(app, as: fixture.b.accounts[.authorityCoordinator]!)
            #expect(
                try await app.get(SiteURL.municipalMatching(.id(municipalityID)).path, as: stranger).status == .notFound
            )
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            #expect(
                try await app.get(SiteURL.municipalMatching(.id(municipalityID)).path, as: curator).status == .notFound)

            // A bad weight comes back with the message and saves nothing (the fixture's own proposal stays the only one).
            let bad = try await app.post(
                SiteURL.municipalMatching(.id(municipalityID)).path, as: coordinator,
                form: [("mode", "optimal"), ("hours", "-3")])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Вес — число от 0 до 100."))
            #expect(
                try await MunicipalMatchingRunModel.query(on: app.db).filter(\.$municipality.$id == municipalityID)
                    .count() == 1)

            let started = try await app.post(
                SiteURL.municipalMatching(.id(municipalityID)).path, as: coordinator, form: [("mode", "optimal")])
            #expect(started.status == .seeOther)
            let runURL = try #require(started.headers.first(name: .location))
            let runID = try #require(UUID(uuidString: String(runURL.split(separator: "/").last!)))
            let run = try #require(try await MunicipalMatchingRunModel.find(runID, on: app.db))
            let result = try #require(run.result)
            // The offered college mentor takes one school mentee; the other mentor is never paired across organizations.
            let crossing = result.pairs.filter { setup.mentees.map(\.uuidString).contains($0.mentee) }
            #expect(crossing.map(\.mentor) == [setup.open.uuidString])
            #expect(run.crossPairs == 1)
            let shown = try await app.get(runURL, as: coordinator).body.string
            #expect(
                shown.contains("Открытова") && shown.contains("Колледж a") && shown.contains("между организациями: 1"))
            #expect(shown.contains("Это лучший подбор из возможных"))
            #expect(try await app.get(runURL, as: curator).status == .notFound)

            // The API answers the same run; another municipality's authority gets 404.
            let token = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let api = try await app.api(.GET, "/municipal-matching-runs/\(runID)", token: token)
            #expect(api.status == .ok && api.body.string.contains("\"crossPairs\":1"))
            let otherToken = try await app.apiToken(for: fixture.b.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, "/municipal-matching-runs/\(runID)", token: otherToken).status == .notFound)

            // Passing the crossing pair makes a draft in the school's program with the college mentor.
            let chosen = MunicipalMatching.key(crossing[0])
            let accepted = try await app.post(
                SiteURL.municipalMatchingAccept(.id(runID)).path, as: coordinator, form: [("ids[]", chosen)])
            #expect(accepted.status == .seeOther)
            let drafts = try await MentorshipModel.query(on: app.db).filter(\.$mentor.$id == setup.open).with(
                \.$mentees
            ).all()
            #expect(drafts.count == 1 && drafts[0].status == .draft && drafts[0].$program.id == fixture.a.bases.program)
            #expect(
                drafts[0].$organization.id == fixture.a.organization.id
                    && drafts[0].mentees.map { $0.$mentee.id.uuidString } == [crossing[0].mentee])
            #expect(try await MentorshipModel.query(on: app.db).filter(\.$mentor.$id == setup.closed).count() == 0)
            // The school's curator opens the draft and reads the college mentor's name, ready for the school's order.
            let draft = try await app.get(SiteURL.mentorship(.id(drafts[0].id!)).path, as: curator)
            #expect(draft.status == .ok && draft.body.string.contains("Открытова"))
            let again = try await app.post(SiteURL.municipalMatchingAccept(.id(runID)).path, as: coordinator)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("Подбор уже принят"))
        }
    }
}
