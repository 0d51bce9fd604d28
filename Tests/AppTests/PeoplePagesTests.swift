import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct PeoplePagesTests {
    @Test func badInputComesBackWithMessagesAndKeepsWhatWasTyped() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let before = try await PersonModel.query(on: app.db).count()
            let response = try await app.post(
                SiteURL.newPerson(.id(fixture.a.organization.id!)).path, as: browser,
                form: [
                    ("surname", "Смирнова"), ("givenName", ""), ("birthDate", "31.02.2012"),
                    ("categories[]", "student"),
                ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Укажите имя."))
            #expect(html.contains("Такой даты нет"))
            #expect(html.contains("Для обучающегося укажите класс или группу."))
            #expect(html.contains("value=\"Смирнова\""))
            #expect(html.contains("value=\"student\" checked"))
            #expect(try await PersonModel.query(on: app.db).count() == before)
        }
    }

    @Test func aCuratorAddsAMinorWithARepresentativeAndAConsent() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = fixture.a.accounts[.curator]!
            let browser = try await Browser.signedIn(app, as: curator)
            let created = try await app.post(
                SiteURL.newPerson(.id(fixture.a.organization.id!)).path, as: browser,
                form: [
                    ("surname", "Смирнова"), ("givenName", "Алиса"), ("patronymic", "Игоревна"),
                    ("birthDate", "05.04.2013"),
                    ("categories[]", "student"), ("grade", "7Б"), ("email", ""), ("phone", ""),
                ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let personID = try #require(UUID(uuidString: String(location.split(separator: "/").last!)))

            // A minor cannot sign for herself.
            let consentPath = SiteURL.newConsent(.id(personID)).path
            let consentForm = [
                ("kind", "personal_data"), ("purpose", "Программа наставничества"), ("signedOn", "20.11.2026"),
                ("text", "Даю согласие на обработку персональных данных."),
            ]
            let refused = try await app.post(consentPath, as: browser, form: consentForm + [("signedBy", "subject")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("За несовершеннолетнего согласие подписывает законный представитель."))

            let parent = try await app.post(
                SiteURL.newRepresentative(.id(personID)).path, as: browser,
                form: [("fullName", "Смирнова Ольга Петровна"), ("relation", "мать"), ("phone", "+7 913 111-22-33")])
            #expect(parent.status == .seeOther)
            let representative = try #require(
                try await RepresentationModel.query(on: app.db).filter(\.$person.$id == personID).first())
            for kind in ["personal_data", "participation"] {
                var form = consentForm + [("signedBy", representative.$representative.id.uuidString)]
                form[0] = ("kind", kind)
                #expect(try await app.post(consentPath, as: browser, form: form).status == .seeOther)
            }
            let card = try await app.get(SiteURL.person(.id(personID)).path, as: browser)
            #expect(card.status == .ok)
            let html = card.body.string
            #expect(html.contains("Смирнова Алиса Игоревна"))
            #expect(html.contains("Смирнова Ольга Петровна (мать)"))
            #expect(html.contains("status-valid\">Действует"))
            #expect(card.headers.first(name: .cacheControl) == "no-store")

            // Every step is in the audit log: who, what, which fields — never the values.
            let entries = try await AuditEntryModel.query(on: app.db).filter(\.$personID == personID).all()
            let actions = Set(entries.map { "\($0.action) \($0.objectKind)" })
            #expect(
                actions.isSuperset(of: [
                    "create person", "create legal_representative", "create consent", "read person",
                ]))
            #expect(entries.allSatisfy { $0.actor == curator.login && $0.role == "curator" && !$0.requestID.isEmpty })
            #expect(!entries.contains { $0.fields.contains("Смирнова") })
            let audit = try await app.get(SiteURL.audit.path + "?person=\(personID)", as: browser)
            #expect(audit.body.string.contains("Создание"))
            #expect(audit.body.string.contains("Согласие"))
        }
    }

    @Test func listSearchesFiltersAndPages() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await app.addTeachers(30, to: fixture.a.organization.requireID()) { ("Тестова\($0)", "Вера") }
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.head]!)
            let base = SiteURL.people(.id(fixture.a.organization.id!)).path
            let first = try await app.get(base, as: browser)
            #expect(first.body.string.contains("Найдено: 32"))
            #expect(first.body.string.contains("page=2"))
            // «тестова17», lower case
            let search = try await app.get(base + "?q=%D1%82%D0%B5%D1%81%D1%82%D0%BE%D0%B2%D0%B017", as: browser)
            #expect(search.body.string.contains("Тестова17"))
            #expect(search.body.string.contains("Найдено: 1"))
            let students = try await app.get(base + "?category=student", as: browser)
            #expect(students.body.string.contains("Ученик-a"))
            #expect(students.body.string.contains("Найдено: 1"))
            let missing = try await app.get(base + "?consent=missing", as: browser)
            #expect(
                missing.body.string.contains("Найдено: 32"),
                "the minor has only the personal data consent: participation is missing")
            let nonsense = try await app.get(base + "?page=999&category=robots", as: browser)
            #expect(nonsense.status == .ok)
            // The page cut in SQL and the one cut after the consent filter hold the same people in the same order.
            func names(_ query: String) async throws -> [String] {
                try await app.get(base + query, as: browser).body.string
                    .matches(of: /<a href="\/people\/[^"]+">([^<]+)<\/a>/).map { String($0.1) }
            }
            let second = try await names("?page=2")
            #expect(second.count == 7)
            #expect(try await names("?page=2&consent=missing") == second)
            #expect(try await names("?page=999") == second, "a page past the end shows the last one")
            #expect(Set(try await names("?page=1")).isDisjoint(with: second))
        }
    }

    @Test func withdrawalStopsProcessingAndAnonymizationFollows() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let minor = fixture.a.minor.id!
            let path = SiteURL.withdrawConsent(person: .id(minor), consent: .id(fixture.a.consent.id!)).path
            #expect(try await app.post(path, as: browser).status == .seeOther)
            let card = try await app.get(SiteURL.person(.id(minor)).path, as: browser).body.string
            #expect(card.contains("Отозвано"))
            #expect(card.contains("будут обезличены 21.12.2026"))
            let again = try await app.post(path, as: browser)
            #expect(again.status == .unprocessableEntity)

            let anonymizer = Anonymizer(scope: app.consoleScope())
            #expect(try await anonymizer.runDue() == 0, "not due before 30 days")
            clock.advance(by: 31 * 24 * 3600)
            #expect(try await anonymizer.runDue() == 1)
            #expect(try await anonymizer.runDue() == 0, "running again changes nothing")
            let person = try #require(try await PersonModel.find(minor, on: app.db))
            #expect(person.surname == Anonymization.placeholderSurname)
            #expect(person.birthDate == "2012-10-10")
            let representative = try #require(
                try await LegalRepresentativeModel.find(fixture.a.representative.id, on: app.db))
            #expect(representative.fullName == Anonymization.placeholderSurname && representative.phone == nil)
            #expect(try await ConsentModel.query(on: app.db).filter(\.$person.$id == minor).count() == 1, "links stay")
            let later = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let edit = try await app.post(
                SiteURL.editPerson(.id(minor)).path, as: later, form: [("surname", "Вернуть")])
            #expect(edit.status == .conflict)
        }
    }

    @Test func auditPageShowsOnlyTheCuratorsOrganization() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            _ = try await app.get(SiteURL.person(.id(fixture.a.adult.id!)).path, as: browser)
            let page = try await app.get(SiteURL.audit.path, as: browser)
            #expect(page.status == .ok)
            #expect(page.body.string.contains(SiteURL.person(.id(fixture.a.adult.id!)).path))
            #expect(!page.body.string.contains(SiteURL.person(.id(fixture.b.adult.id!)).path))
            let mentor = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get(SiteURL.audit.path, as: mentor).status == .notFound)
            let byName = try await app.get(
                SiteURL.audit.path + "?person=%D1%83%D1%87%D0%B8%D1%82%D0%B5%D0%BB%D0%B5%D0%B2%D0%B0", as: browser)
            #expect(byName.body.string.contains("Участник: Учителева-a А."), "«учителева» finds the teacher's rows")
            #expect(!byName.body.string.contains("Ученик-a"))
            let bad = try await app.get(SiteURL.audit.path + "?from=вчера", as: browser)
            #expect(bad.status == .ok)
            #expect(bad.body.string.contains("Не удалось прочитать"))
        }
    }

    @Test func administratorAddsAnOrganization() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let admin = try await Browser.signedIn(app, as: fixture.admin)
            let invalid = try await app.post(
                SiteURL.newOrganization.path, as: admin, form: [("kind", "school"), ("siteURL", "school.ru")])
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.body.string.contains("Адрес сайта начинается с http:// или https://."))
            let created = try await app.post(
                SiteURL.newOrganization.path, as: admin,
                form: [
                    ("kind", "kindergarten"), ("fullName", "МБДОУ «Ромашка»"), ("shortName", "Ромашка"),
                    ("municipalityID", fixture.a.municipality.id!.uuidString),
                ])
            #expect(created.status == .seeOther)
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let list = try await app.get(SiteURL.organizations.path, as: coordinator).body.string
            #expect(list.contains("Ромашка") && list.contains("Школа a") && !list.contains("Школа b"))
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            #expect(try await app.get(SiteURL.newOrganization.path, as: curator).status == .notFound)
        }
    }

    /// The audit log speaks the curator's language: Moscow time, the console named as such, fields as forms title them.
    @Test func theAuditLogIsInRussianAndMoscowTime() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let page = try await app.get(SiteURL.audit.path, as: curator).body.string
            #expect(page.contains("Время (МСК)") && page.contains("21.11.2026 12:00:00"), "TestClock: 09:00 UTC")
            #expect(page.contains("Консоль сервера (администратор)") && !page.contains("<td>console</td>"))
            #expect(page.contains("фамилия, имя") && !page.contains("surname"))
        }
    }

    @Test func answersAreCountedNotListed() {
        #expect(AuditWording.fields("q_rating,q_achieved,comment") == "comment, ответы анкеты: 2")
        #expect(AuditWording.fields("surname,givenName") == "фамилия, имя")
    }
}
