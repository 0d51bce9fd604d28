import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The public section «Целевая модель наставничества»: pages without signing in that show counts and published
/// cases but no name without a consent to publication, feeds a school's site can embed, and the form «Стать
/// наставником» that puts an adult with their own consent into the candidate base once.
@Suite struct PublicSectionTests {
    static func organizationPage(_ side: Fixture.Side) -> String { "/public/organizations/\(side.organization.id!)" }

    /// A case made from the side's pair, naming its adult mentor and its minor mentee, approved by the council.
    static func namedCase(_ app: Application, _ side: Fixture.Side) async throws -> UUID {
        let pair = try #require(try await MentorshipModel.find(side.bases.mentorship, on: app.db))
        pair.status = .completed
        try await pair.save(on: app.db)
        let service = BestPracticeService(scope: app.consoleScope())
        let practice = try await service.create(
            in: side.organization.id!,
            BestPracticeInput(
                source: "mentorship:\(side.bases.mentorship)", title: "Пара с именами", problem: "Задача",
                actions: "Встречи", results: "Итог"))
        _ = try await service.move(practice.id!, to: .approved, note: nil)
        return practice.id!
    }

    static func publicationConsent(_ app: Application, _ side: Fixture.Side) async throws {
        for (person, signer) in [(side.adult.id!, "subject"), (side.minor.id!, side.representative.id!.uuidString)] {
            for kind in ["personal_data", "participation", "publication"] {
                _ = try await ConsentService(scope: app.consoleScope()).record(
                    for: person,
                    input: ConsentInput(
                        kind: kind, purpose: "Сайт", signedBy: signer, signedOn: "01.11.2026", text: "Да"),
                    scan: nil)
            }
        }
    }

    @Test func thePagesShowCountsAndOnlyCasesEveryoneNamedConsentedToPublish() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let a = fixture.a
            let named = try await Self.namedCase(app, a)
            var page = try await app.get(Self.organizationPage(a))
            #expect(page.status == .ok)
            var html = page.body.string
            #expect(html.contains(a.organization.fullName) && html.contains("Наставнических пар и групп"))
            #expect(html.contains("Наставничество для молодых учителей"), "the approved case naming nobody")
            #expect(!html.contains("Пара с именами"), "its people have not consented to publication")
            for name in [a.adult.details.surname, a.minor.details.surname, fixture.b.organization.fullName] {
                #expect(!html.contains(name))
            }
            #expect(try await app.get("/public/practices/\(named)").status == .notFound)

            try await Self.publicationConsent(app, a)
            html = try await app.get(Self.organizationPage(a)).body.string
            #expect(html.contains("Пара с именами"))
            page = try await app.get("/public/practices/\(named)")
            #expect(page.status == .ok && page.body.string.contains("Встречи"))

            let municipality = "/public/municipalities/\(a.municipality.id!)"
            html = try await app.get(municipality).body.string
            #expect(html.contains(a.organization.shortName) && !html.contains(fixture.b.organization.shortName))
            #expect(!html.contains("Наставничество для молодых учителей"), "offered, not yet accepted")
            _ = try await BestPracticeService(scope: app.consoleScope()).move(a.practice, to: .accepted, note: nil)
            #expect(try await app.get(municipality).body.string.contains("Наставничество для молодых учителей"))

            for missing in [
                "/public/organizations/\(UUID())", "/public/municipalities/\(UUID())",
                "/public/practices/\(UUID())", "/public/organizations/\(a.organization.id!)/regulation.docx",
            ] {
                #expect(try await app.get(missing).status == .notFound)
            }
            let qr = try await app.get("/public/organizations/\(a.organization.id!)/qr.svg")
            #expect(qr.headers.contentType?.subType == "svg+xml" && qr.body.string.hasPrefix("<svg"))
        }
    }

    @Test func feedsCarryTheNewsAndCasesAsWellFormedAtomRssAndJSON() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let a = fixture.a
            let curator = try await app.apiToken(for: a.accounts[.curator]!)
            let news = "/organizations/\(a.organization.id!)/public-section/news"
            let hostile = "Встреча <наставников> & \u{0001}гостей \u{FFFF}"
            let body = try JSONSerialization.data(withJSONObject: ["title": hostile, "body": "Текст\nвторой абзац"])
            var response = try await app.api(.POST, news, token: curator, json: String(decoding: body, as: UTF8.self))
            #expect(response.status == .created)
            response = try await app.api(
                .POST, news, token: curator, json: #"{"title": "", "publishedOn": "01.01.2099"}"#)
            #expect(response.apiError?.fields.keys.sorted() == ["body", "publishedOn", "title"])
            let base = Self.organizationPage(a)
            for format in ["atom", "rss"] {
                let feed = try await app.get(base + "/feed.\(format)")
                #expect(feed.headers.contentType?.subType == "\(format)+xml")
                let parser = XMLParser(data: Data(feed.body.string.utf8))
                #expect(parser.parse(), "the \(format) feed is well-formed XML")
                #expect(feed.body.string.contains("Встреча &lt;наставников&gt; &amp; гостей"))
                #expect(feed.body.string.contains("Наставничество для молодых учителей"))
            }
            let json = try await app.get(base + "/feed.json")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.body.string.utf8)) as? [String: Any])
            let items = try #require(object["items"] as? [[String: Any]])
            #expect(object["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect(items.map { $0["title"] as? String ?? "" }.contains { $0.hasPrefix("Встреча <наставников>") })
            #expect(items.count == 3, "two pieces of news and one published case")
        }
    }

    @Test func aVisitorOffersToMentorOnceWithTheirOwnConsent() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let a = fixture.a
            let path = Self.organizationPage(a) + "/become-a-mentor"
            let (visitor, page) = try await Browser.visitor(app, opening: path)
            #expect(page.status == .ok && page.body.string.contains("Согласие на обработку персональных данных"))
            let form: [(String, String)] = [
                ("surname", "Кузнецов"), ("givenName", "Олег"), ("kind", "employee"),
                ("workplace", "инженер, завод"), ("email", "Oleg@Example.ru"), ("offer", "Профориентация"),
                ("alumnus", "true"),
            ]
            var response = try await app.post(path, as: visitor, form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Без согласия на обработку персональных данных заявку не принять."))
            var student = form.filter { $0.0 != "kind" } + [("kind", "student"), ("consent", "true")]
            student.append(("birthDate", "01.01.2012"))
            response = try await app.post(path, as: visitor, form: student)
            #expect(response.body.string.contains("Заявку подают с 18 лет."))
            #expect(try await MentorApplicationModel.query(on: app.db).count() == 0)

            let sent = form + [("consent", "true")]
            async let first = app.post(path, as: visitor, form: sent)
            async let second = app.post(
                path, as: visitor, form: sent.map { $0.0 == "email" ? ($0.0, "oleg@example.ru") : $0 })
            let statuses = try await [first.status, second.status].sorted { $0.code < $1.code }
            #expect(statuses == [.seeOther, .unprocessableEntity], "one application per address, in any case")
            let people = try await PersonModel.query(on: app.db).filter(\.$surname == "Кузнецов").all()
            #expect(people.count == 1)
            let person = try #require(people.first)
            let consents = try await ConsentModel.query(on: app.db).filter(\.$person.$id == person.id!).all()
            #expect(consents.map(\.kind) == [.personalData])
            let profile = try await MentorProfileModel.query(on: app.db).filter(\.$person.$id == person.id!).first()
            #expect(profile?.status == .candidate && profile?.$program.id == a.bases.program)
            #expect(profile?.experience?.contains("Выпускник организации") == true)

            let curator = try await app.apiToken(for: a.accounts[.curator]!)
            response = try await app.api(
                .GET, "/organizations/\(a.organization.id!)/mentor-applications", token: curator)
            #expect(response.body.string.contains("Кузнецов Олег") && response.body.string.contains("Профориентация"))
            let stranger = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            response = try await app.api(
                .GET, "/organizations/\(a.organization.id!)/mentor-applications", token: stranger)
            #expect(response.status == .notFound)
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$objectKind == "mentor_application")
                .all().map(\.action)
            #expect(audited.sorted() == ["create", "list"])
        }
    }

    @Test func managersWriteTheirSectionAndNobodyElseDoes() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let (a, b) = (fixture.a, fixture.b)
            let curator = try await app.apiToken(for: a.accounts[.curator]!)
            let mentor = try await app.apiToken(for: a.accounts[.mentor]!)
            let coordinator = try await app.apiToken(for: a.accounts[.authorityCoordinator]!)
            let section = "/organizations/\(a.organization.id!)/public-section"
            let words = #"{"intro": "О нас", "contacts": "Куратор: тел. 1-23-45"}"#
            async let one = app.api(.PUT, section, token: curator, json: words)
            async let two = app.api(.PUT, section, token: curator, json: words)
            #expect(try await [one.status, two.status] == [.ok, .ok])
            #expect(try await PublicSectionModel.query(on: app.db).count() == 1, "two first saves make one row")
            let refused = try await app.api(.PUT, section, token: mentor, json: words)
            #expect(refused.status == .notFound, "\(refused.body.string)")
            #expect(try await app.get(Self.organizationPage(a)).body.string.contains("Куратор: тел. 1-23-45"))
            let municipal = "/municipalities/\(a.municipality.id!)/public-section"
            #expect(try await app.api(.PUT, municipal, token: coordinator, json: words).status == .ok)
            #expect(try await app.api(.PUT, municipal, token: curator, json: words).status == .notFound)
            #expect(try await app.api(.DELETE, "/news/\(b.news)", token: curator).status == .notFound)
            #expect(try await app.api(.DELETE, "/news/\(a.news)", token: curator).status == .noContent)
            #expect(try await NewsModel.find(a.news, on: app.db) == nil)
        }
    }

    @Test func theVersionForTheVisuallyImpairedHasAModeWithoutImages() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let page = Self.organizationPage(fixture.a)
            let switched = try await app.get("/vision/images?back=\(page.urlQuery)")
            #expect(switched.headers.setCookie?[PageMeta.imagesCookie]?.string == "off")
            let headers: HTTPHeaders = ["Cookie": "vision=on; images=off"]
            let html = try await app.testing().sendRequest(.GET, page, headers: headers).body.string
            #expect(html.contains("class=\"public vision no-images\"") && html.contains("Показывать изображения"))
            #expect(html.contains("alt=\"QR-код со ссылкой на этот раздел\""))
        }
    }
}
