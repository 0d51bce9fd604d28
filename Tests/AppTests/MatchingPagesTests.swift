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

/// Stage 5 for the curator: match the bases, read why, lock, forbid, move, rerun, accept into draft mentorships.
@Suite struct MatchingPagesTests {
    /// Teachers with consents in side A's program: two experienced mentors and three young mentees.
    struct Bases {
        var mentors: [String: UUID] = [:]
        var mentees: [String: UUID] = [:]
        var noConsent: UUID
    }

    func teacher(
        _ app: Application, _ org: UUID, _ surname: String, experience: Int, consent: Bool = true
    ) async throws -> UUID {
        var input = PersonInput()
        input.surname = surname
        input.givenName = "Анна"
        input.birthDate = "01.02.1980"
        input.categories = ["teacher"]
        input.teachingExperienceYears = String(experience)
        let person = try await PeopleService(scope: app.consoleScope()).create(in: org, input: input).person
        if consent {
            for kind in ["personal_data", "participation"] {
                _ = try await ConsentService(scope: app.consoleScope()).record(
                    for: person.id!,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: "subject", signedOn: "01.09.2026", text: "Согласие"),
                    scan: nil)
            }
        }
        return person.id!
    }

    func bases(_ app: Application, _ fixture: Fixture) async throws -> Bases {
        let org = fixture.a.organization.id!
        let program = fixture.a.bases.program
        let service = BaseService(scope: app.consoleScope())
        var bases = Bases(noConsent: UUID())
        for (surname, competencies, capacity) in [
            ("Опытнова", ["Классное руководство", "Работа с родителями"], "1"),
            ("Стажева", ["Подготовка к ОГЭ/ЕГЭ"], "1"),
        ] {
            var input = MentorProfileInput()
            input.forms = ["teacher_teacher"]
            input.competencies = competencies
            input.capacity = capacity
            input.weeklyHours = "2"
            let person = try await teacher(app, org, surname, experience: 20)
            bases.mentors[surname] = try await service.addMentor(to: program, personID: person, input: input).id!
        }
        for (surname, request, consent) in [
            ("Молодова", "Классное руководство", true), ("Новикова", "Подготовка к ОГЭ/ЕГЭ", true),
            ("Начинаева", "Классное руководство", true), ("Безсогласия", "Классное руководство", false),
        ] {
            var input = MenteeProfileInput()
            input.form = "teacher_teacher"
            input.mainRequest = request
            input.weeklyHours = "2"
            let person = try await teacher(app, org, surname, experience: 1, consent: consent)
            let id = try await service.addMentee(to: program, personID: person, input: input).id!
            if consent { bases.mentees[surname] = id } else { bases.noConsent = id }
        }
        return bases
    }

    @Test func theCuratorMatchesLocksRerunsAndAcceptsIntoDraftMentorships() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let bases = try await bases(app, fixture)
            let program = fixture.a.bases.program
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let runsBefore = try await MatchingRunModel.query(on: app.db).filter(\.$program.$id == program).count()
            let page = try await app.get(SiteURL.matching(.id(program)).path, as: curator)
            // Weights are written the Russian way.
            #expect(page.body.string.contains(#"name="requests" type="text" value="0,4""#))
            #expect(page.status == .ok && page.body.string.contains("Новый подбор"))

            // A negative weight comes back with the message next to its field, and no run is saved.
            let bad = try await app.post(
                SiteURL.matching(.id(program)).path, as: curator, form: [("mode", "optimal"), ("interests", "-1")])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Вес — число от 0 до 100."))
            #expect(
                try await MatchingRunModel.query(on: app.db).filter(\.$program.$id == program).count() == runsBefore)

            let started = try await app.post(
                SiteURL.matching(.id(program)).path, as: curator, form: [("mode", "optimal")])
            #expect(started.status == .seeOther)
            let runURL = try #require(started.headers.first(name: .location))
            let runID = try #require(UUID(uuidString: String(runURL.split(separator: "/").last!)))
            let run = try await app.get(runURL, as: curator).body.string
            // Both experienced mentors got the mentee whose request they cover; the third waits with the reason.
            #expect(run.contains("Пар</dt><dd>2 из 4 наставляемых"))
            #expect(run.contains("«Подготовка к ОГЭ/ЕГЭ» ← Подготовка к ОГЭ/ЕГЭ"))
            #expect(run.contains("Все подходящие наставники заняты"))
            #expect(run.contains("Это лучший подбор из возможных") && !run.contains("10⁻⁹"))
            // The person without consent is never named.
            #expect(!run.contains("Безсогласия") && run.contains("Участник без действующего согласия"))

            let model = try #require(try await MatchingRunModel.find(runID, on: app.db))
            let proposal = try #require(model.result)
            let classroom = bases.mentors["Опытнова"]!.uuidString
            let firstPick = try #require(proposal.pairs.first { $0.mentor == classroom }).mentee
            let other = [bases.mentees["Молодова"]!, bases.mentees["Начинаева"]!].map(\.uuidString).first {
                $0 != firstPick
            }!

            // Moving a mentee to a mentor with no place left is refused with the reason.
            let full = try await app.post(
                SiteURL.matchingMove(.id(runID)).path, as: curator, form: [("mentee", other), ("mentor", classroom)])
            #expect(full.status == .unprocessableEntity && full.body.string.contains("нет свободных мест"))
            // Forbid the proposed pair, lock the other mentee there instead, rerun: the lock stays, the forbidden pair does not return.
            #expect(
                try await app.post(
                    SiteURL.matchingPairs(.id(runID)).path, as: curator,
                    form: [("action", "forbid"), ("mentee", firstPick), ("mentor", classroom)]
                ).status == .seeOther)
            // The page no longer claims the run's proof for edited pairs, nor that every mentor is full.
            let forbidden = try await app.get(SiteURL.matchingRun(.id(runID)).path, as: curator).body.string
            #expect(forbidden.contains("Пары изменены куратором после подбора"))
            #expect(!forbidden.contains("Это лучший подбор из возможных"))
            #expect(forbidden.contains(UnmatchedReason.pairRemoved.title))
            #expect(!forbidden.contains(UnmatchedReason.mentorsFull.title))
            let moved = try await app.post(
                SiteURL.matchingMove(.id(runID)).path, as: curator, form: [("mentee", other), ("mentor", classroom)])
            #expect(moved.status == .seeOther)
            let rerun = try await app.post(SiteURL.matchingRerun(.id(runID)).path, as: curator)
            let secondURL = try #require(rerun.headers.first(name: .location))
            let secondID = try #require(
                UUID(uuidString: String(secondURL.split(separator: "?")[0].split(separator: "/").last!)))
            let second = try #require(try await MatchingRunModel.find(secondID, on: app.db)?.result)
            #expect(second.pair(ofMentee: other)?.mentor == classroom && second.pair(ofMentee: other)?.locked == true)
            #expect(second.pair(ofMentee: firstPick) == nil)
            let compare = try await app.get(SiteURL.matchingCompare(.id(secondID)).path + "?with=\(runID)", as: curator)
            // The first run was edited in place (forbidden pair out, moved pair in), so the rerun proposes the same pairs.
            #expect(compare.status == .ok && compare.body.string.contains("Пары в обоих подборах (2)"))

            // Accepting makes draft mentorships and marks the mentees matched; the run cannot change any more.
            let accepted = try await app.post(SiteURL.matchingAccept(.id(secondID)).path, as: curator)
            #expect(accepted.status == .seeOther)
            let mentorships = try await MentorshipModel.query(on: app.db).filter(\.$matchingRunID == secondID).with(
                \.$mentees
            ).all()
            #expect(mentorships.count == 2 && mentorships.allSatisfy { $0.status == .draft && $0.mentees.count == 1 })
            let acceptedPage = try await app.get(secondURL, as: curator).body.string
            #expect(
                acceptedPage.contains("Молодова") && acceptedPage.contains("Начинаева")
                    && !acceptedPage.contains("не найден"))
            #expect(acceptedPage.contains("Повторный подбор от"), "a rerun is named as one")
            // On to the order, with the kind and the program chosen.
            let orderLink = try #require(
                acceptedPage.components(separatedBy: #"<a class="button" href=""#).dropFirst()
                    .map { String($0.prefix { $0 != "\"" }) }.first { $0.contains("kind=fix_mentorships") })
            let orderPath = orderLink.replacingOccurrences(of: "&amp;", with: "&")
            let orderForm = try await app.get(orderPath, as: curator).body.string
            #expect(orderForm.contains(#"value="\#(program.uuidString)" selected"#))
            let matched = try #require(try await MenteeProfileModel.find(UUID(uuidString: other), on: app.db))
            #expect(matched.status == MenteeProfile.Status.matched)
            let again = try await app.post(
                SiteURL.matchingPairs(.id(secondID)).path, as: curator,
                form: [("action", "lock"), ("mentee", other), ("mentor", classroom)])
            #expect(again.status == .unprocessableEntity && again.body.string.contains("Подбор уже принят"))
            // The drafts hold both mentors' places: the next run stops before it starts and says why.
            await #expect(throws: MatchingRefusal.self) {
                try await MatchingService(scope: app.consoleScope()).start(program, input: MatchingInput())
            }
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$objectKind == "mentorship").count() == 2)
        }
    }

    @Test func theAPIRunsAndRefusesEmptyBasesWithAClearError() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let program = fixture.a.bases.program
            let empty = try await app.api(
                .POST, "/programs/\(program)/matching-runs", token: token, json: #"{"mode":"optimal"}"#)
            #expect(empty.status == .unprocessableEntity && empty.apiError?.code == "matching_refused")
            _ = try await bases(app, fixture)
            let created = try await app.api(
                .POST, "/programs/\(program)/matching-runs", token: token, json: #"{"mode":"stable"}"#)
            #expect(created.status == .created)
            let run = try created.content.decode(MatchingRunDTO.self)
            #expect(run.result.mode == .stable && run.result.proof.blockingPairs == 0 && run.result.pairs.count == 2)
            #expect(run.names[run.result.pairs[0].mentor] != nil)
            let accepted = try await app.api(.POST, "/matching-runs/\(run.id)/accept", token: token)
            #expect(try accepted.content.decode(AcceptanceDTO.self).mentorships.count == 2)
            let list = try await app.api(.GET, "/programs/\(program)/matching-runs", token: token)
            #expect(
                try list.content.decode([MatchingRunSummaryDTO].self).contains {
                    $0.id == run.id && $0.status == "accepted"
                })
        }
    }
}
