import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct DemoTests {
    @Test func demoIsRealisticAndLoadsOnce() async throws {
        try await withApp { app, _ in
            let loader = DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app))
            #expect(try await !loader.isLoaded())
            let summary = try await loader.load()
            #expect(summary.organizations == 3)
            #expect((280...320).contains(summary.people))
            #expect(try await loader.isLoaded())
            let kinds = Set(try await OrganizationModel.query(on: app.db).all().map(\.kind))
            #expect(kinds == [.school, .kindergarten, .college])
            #expect(try await AuthorityModel.query(on: app.db).count() == 1)
            // Every consent of a minor is signed by a representative.
            let today = app.clock.today
            let people = try await PersonModel.query(on: app.db).with(\.$consents).all()
            for person in people where person.details.isMinor(on: today) {
                #expect(person.consents.allSatisfy { $0.$representative.id != nil })
            }
            let statuses = Set(people.map { $0.consents.map(\.consent).overallStatus(on: today) })
            #expect(statuses == Set(Consent.Status.allCases), "the demo shows every consent status")
            let coordinator = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "coordinator").first())
            let browser = try await Browser.signedIn(app, as: coordinator)
            let list = try await app.get(SiteURL.organizations.path, as: browser).body.string
            #expect(
                list.contains("МБОУ Дзержинская СШ № 1") && list.contains("Солнышко")
                    && list.contains("аграрный техникум"))
            let curator = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "school.curator").first())
            let dashboard = try await app.get(SiteURL.home.path, as: try await Browser.signedIn(app, as: curator)).body
                .string
            let schoolID = try #require(
                try await OrganizationModel.query(on: app.db).filter(\.$kind == .school).first()?.id)
            let withoutConsent = people.filter {
                $0.$organization.id == schoolID && $0.consents.map(\.consent).overallStatus(on: today) != .valid
            }
            #expect(!withoutConsent.isEmpty)
            #expect(
                dashboard.contains("Без действующего согласия</a></h2>\n<p class=\"value\">\(withoutConsent.count)</p>")
            )
            #expect(dashboard.contains("?consent=missing"))
        }
    }

    @Test(arguments: [
        ("Павел", "Павлович", "Павловна"), ("Михаил", "Михайлович", "Михайловна"),
        ("Дмитрий", "Дмитриевич", "Дмитриевна"), ("Сергей", "Сергеевич", "Сергеевна"),
        ("Николай", "Николаевич", "Николаевна"), ("Игорь", "Игоревич", "Игоревна"),
        ("Иван", "Иванович", "Ивановна"), ("Евгений", "Евгеньевич", "Евгеньевна"),
    ])
    func patronymicsFollowRussian(father: String, son: String, daughter: String) {
        #expect(DemoNames.patronymic(fromFather: father, female: false) == son)
        #expect(DemoNames.patronymic(fromFather: father, female: true) == daughter)
    }
}
