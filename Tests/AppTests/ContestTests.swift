import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The «Наставник года» contest end to end: the coordinator announces it and seats the jury, a curator nominates a
/// mentor with the consent to publication and the application fills itself from the mentor's record, the jurors score
/// after the nominations close (a juror from the applicant's organization is recused, nobody sees the others'
/// points), the coordinator closes the scoring, the ranking opens and the results order and diplomas print.
@Suite struct ContestTests {
    struct Contest: Decodable {
        struct Application: Decodable {
            var id: UUID
            var record: String
            var place: String?
            var total: Double?
            var recused: Bool?
            var ownPoints: [Int]?
        }

        var id: UUID
        var applications: [Application]?
    }

    static let contest = [
        ("title", "Наставник года — 2026"), ("nominations", "Наставник молодого педагога\nНаставник обучающихся"),
        ("applicationsUntil", "25.11.2026"), ("scoringUntil", "10.12.2026"),
    ]

    @Test func aContestRunsFromAnnouncementToDiplomas() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let (a, b) = (fixture.a, fixture.b)
            let coordinator = try await Browser.signedIn(app, as: a.accounts[.authorityCoordinator]!)
            let plan = SiteURL.contests(.id(a.municipality.id!)).path
            var response = try await app.post(
                plan, as: coordinator, form: Self.contest + [("criteria", "Результаты наставляемых\nМетодика — 101")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("название и баллы от 1 до 100"))
            response = try await app.post(
                plan, as: coordinator,
                form: Self.contest + [("criteria", "Результаты наставляемых — 10\nМетодическая грамотность — 5")])
            #expect(response.status == .seeOther)
            let id = try #require(
                try await ContestModel.query(on: app.db).filter(\.$title == "Наставник года — 2026").first()?.id)

            let jury = SiteURL.contestJury(.id(id)).path
            response = try await app.post(
                jury, as: coordinator, form: [("jurors[]", b.accounts[.curator]!.id!.uuidString)])
            #expect(response.status == .unprocessableEntity, "a curator of another municipality")
            response = try await app.post(
                jury, as: coordinator,
                form: [a.accounts[.authorityCoordinator]!, a.accounts[.curator]!].map {
                    ("jurors[]", $0.id!.uuidString)
                })
            #expect(response.status == .seeOther)

            let curator = try await Browser.signedIn(app, as: a.accounts[.curator]!)
            let page = SiteURL.organizationContest(organization: .id(a.organization.id!), contest: .id(id)).path
            let nomination = [
                ("person", a.adult.id!.uuidString), ("nomination", "Наставник молодого педагога"),
                ("essay", "Ввела в профессию троих учителей."),
            ]
            response = try await app.post(page, as: curator, form: nomination)
            #expect(response.body.string.contains("Без согласия наставника на публикацию"))
            response = try await app.post(page, as: curator, form: nomination + [("publicationConsent", "true")])
            #expect(response.status == .seeOther)
            response = try await app.post(page, as: curator, form: nomination + [("publicationConsent", "true")])
            #expect(response.body.string.contains("Этот наставник уже выдвинут на конкурс."))

            let juror = try await app.apiToken(for: a.accounts[.authorityCoordinator]!)
            let recused = try await app.apiToken(for: a.accounts[.curator]!)
            var contest = try await app.api(.GET, "/contests/\(id)/scoring", token: juror).content.decode(Contest.self)
            let application = try #require(contest.applications?.first)
            #expect(application.record.hasPrefix("Стаж наставничества: "))
            let scores = "/contests/\(id)/applications/\(application.id)/scores"
            response = try await app.api(.PUT, scores, token: juror, json: #"{"points": [8, 4]}"#)
            #expect(response.status == .conflict, "the nominations run until 25.11")

            clock.advance(by: 5 * 86_400)
            response = try await app.api(.PUT, scores, token: juror, json: #"{"points": [11, 4]}"#)
            #expect(response.status == .unprocessableEntity)
            response = try await app.api(.PUT, scores, token: recused, json: #"{"points": [10, 5]}"#)
            #expect(
                response.apiError?.fields["points"] == "Член жюри из организации участника его заявку не оценивает.")
            response = try await app.api(.PUT, scores, token: juror, json: #"{"points": [8, 4]}"#)
            contest = try response.content.decode(Contest.self)
            #expect(contest.applications?.first?.ownPoints == [8, 4])
            contest = try await app.api(.GET, "/contests/\(id)/scoring", token: recused).content.decode(Contest.self)
            #expect(contest.applications?.first?.recused == true && contest.applications?.first?.ownPoints == nil)
            #expect(contest.applications?.first?.place == nil, "no ranking before the scoring closes")

            let stranger = try await app.apiToken(for: a.accounts[.head]!)
            #expect(try await app.api(.GET, "/contests/\(id)/scoring", token: stranger).status == .notFound)
            let otherCoordinator = try await app.apiToken(for: b.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, "/contests/\(id)", token: otherCoordinator).status == .notFound)
            #expect(try await app.api(.GET, "/contests/\(id)/results/document", token: juror).status == .conflict)

            contest = try await app.api(.POST, "/contests/\(id)/close", token: juror).content.decode(Contest.self)
            #expect(contest.applications?.first?.place == "1" && contest.applications?.first?.total == 12)
            let results = try await app.api(.GET, "/contests/\(id)/results/document", token: juror)
            let text = try DocumentTemplateTests.text(Data(results.body.readableBytesView))
            #expect(text.contains(a.adult.details.fullName) && text.contains("победитель"))
            let diplomas = try await app.api(.GET, "/contests/\(id)/diplomas/document", token: juror)
            #expect(try DocumentTemplateTests.text(Data(diplomas.body.readableBytesView)).contains("ДИПЛОМ"))
            response = try await app.api(.PUT, scores, token: juror, json: #"{"points": [10, 5]}"#)
            #expect(response.status == .conflict, "scores are final once closed")

            // The public page shows the place, and the name only with a consent to publication on record.
            let publicPage = "/public/municipalities/\(a.municipality.id!)"
            var html = try await app.get(publicPage).body.string
            #expect(html.contains("«Наставник молодого педагога», 1 место") && !html.contains(a.adult.details.surname))
            try await PublicSectionTests.publicationConsent(app, a)
            html = try await app.get(publicPage).body.string
            #expect(html.contains(a.adult.details.fullName))
        }
    }

    @Test func equalTotalsShareAPlaceAndEachCriterionIsTheJurorsMean() {
        let (first, second, third) = (UUID(), UUID(), UUID())
        let ranking = ContestRanking.rank(
            [first: [0: [8, 10], 1: [5]], second: [0: [9], 1: [5]], third: [0: [3, 4]]], criteria: 2)
        let places = Dictionary(uniqueKeysWithValues: ranking.map { ($0.application, $0.place) })
        #expect(places == [first: "1–2", second: "1–2", third: "3"])
        #expect(ranking.first { $0.application == third }?.total == 3.5)
    }

    @Test func criteriaAreReadLineByLineWithTheirPoints() throws {
        let input = ContestInput(
            title: "Конкурс", nominations: "Первая\n\nВторая", criteria: "Результаты — 10\nМетодика; 5\nОпыт: 1",
            applicationsUntil: "25.11.2026", scoringUntil: "10.12.2026")
        let details = try input.validated(today: CalendarDate(year: 2026, month: 11, day: 21)!)
        #expect(details.nominations == ["Первая", "Вторая"])
        #expect(details.criteria.map(\.maxPoints) == [10, 5, 1] && details.maxTotal == 16)
        var wrong = input
        wrong.scoringUntil = "24.11.2026"
        #expect(throws: ValidationFailure.self) {
            try wrong.validated(today: CalendarDate(year: 2026, month: 11, day: 21)!)
        }
    }
}
