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

            let rows = try await PeopleQuery(organizationID: org).people(offset: 0, limit: 1_000, on: app.db)
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
}
