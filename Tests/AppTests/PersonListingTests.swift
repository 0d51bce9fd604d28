import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor

@testable import App

/// The people list reads its people as plain rows: each gives what the person's Fluent model gives, with every
/// optional column empty and filled.
@Suite struct PersonListingTests {
    @Test func aPersonReadAsARowIsThePersonFluentReads() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = try fixture.a.organization.requireID()
            let filled = PersonModel(organizationID: org)
            filled.apply(
                Person.Details(
                    surname: "Щукина", givenName: "Ёлка", patronymic: "Юрьевна",
                    birthDate: CalendarDate(parsing: "1988-02-29"), sex: .female, categories: [.teacher, .head],
                    grade: "7 «Б»", position: "учитель; классный руководитель", subjects: ["Физика", "Астрономия"],
                    teachingExperienceYears: 2, isYoungSpecialist: true, email: "e@example.ru", phone: "+7 900"),
                partnerID: nil)
            filled.anonymizedAt = Date(timeIntervalSince1970: 1_796_633_547.25)
            filled.version = 3
            try await filled.create(on: app.db)
            let bare = PersonModel(organizationID: org)
            bare.apply(Person.Details(surname: "Ли", givenName: "Ан", birthDate: nil, categories: []), partnerID: nil)
            try await bare.create(on: app.db)

            let rows = try await PeopleQuery(organizationID: org).page(offset: 0, limit: 1_000, on: app.db).people
            let models = try await PersonModel.query(on: app.db).filter(\.$organization.$id == org).all()
            #expect(rows.count == models.count && rows.count >= 4)
            let fluent = Dictionary(
                uniqueKeysWithValues: try models.map { (try $0.requireID(), try PersonListing($0)) })
            for row in rows {
                #expect("\(row)" == "\(try #require(fluent[row.id]))")
            }
            let read = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
            #expect(read[try filled.requireID()]?.details.email == "e@example.ru")
            #expect(read[try filled.requireID()]?.version == 3)
            #expect(read[try bare.requireID()]?.details.patronymic == nil)
        }
    }

    /// A page is read with its people's consents and the count in one statement: each person once, whatever their
    /// consents, in the list's order, with the consents the lookup gives and the count of everyone narrowed to.
    @Test func aPageHoldsEachPersonOnceWithTheirConsentsAndTheCount() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = try fixture.a.organization.requireID()
            try await app.addTeachers(30, to: org) { ("Тестова\($0)", "Вера") }
            let minor = try fixture.a.minor.requireID()
            _ = try await ConsentService(scope: app.consoleScope()).record(
                for: minor,
                input: ConsentInput(
                    kind: "participation", purpose: "Программа",
                    signedBy: try fixture.a.representative.requireID().uuidString, signedOn: "02.09.2026",
                    text: "Согласие на участие"), scan: nil)
            let query = PeopleQuery(organizationID: org)
            let everyone = try await query.ids(on: app.db)
            #expect(everyone.count == 32)
            var seen: [UUID] = []
            for offset in stride(from: 0, to: 40, by: 10) {
                let page = try await query.page(offset: offset, limit: 10, on: app.db)
                #expect(page.total == (offset < 32 ? 32 : nil))
                seen += page.people.map(\.id)
                let consents = try await ConsentLookup(db: app.db).consents(of: page.people.map(\.id))
                #expect(page.consents.mapValues { Set($0.map(\.id)) } == consents.mapValues { Set($0.map(\.id)) })
            }
            #expect(seen == everyone)
            let students = try await PeopleQuery(organizationID: org, category: .student).page(
                offset: 0, limit: 25, on: app.db)
            #expect(students.people.map(\.id) == [minor] && students.total == 1)
            #expect(students.consents[minor]?.count == 2)
        }
    }
}
