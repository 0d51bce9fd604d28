import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A staff list has no birth dates: nothing requires one where no rule reads it; a student still needs one.
@Suite struct BirthDateTests {
    @Test func aTeacherIsSavedWithoutABirthDateAndAStudentIsNot() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let people = "/organizations/\(fixture.a.organization.id!)/people"
            let teacher = try await app.api(
                .POST, people, token: token,
                json: """
                    {"surname":"Козлова","givenName":"Анна","categories":["teacher"],"teachingExperienceYears":23}
                    """)
            #expect(teacher.status == .created)
            let saved = try teacher.content.decode(PersonDTO.self)
            #expect(saved.age == nil && !saved.isMinor && saved.details.birthDate == nil)
            #expect(!teacher.body.string.contains("\"age\""), "no age is made up for a person without a birth date")

            let student = try await app.api(
                .POST, people, token: token,
                json: """
                    {"surname":"Козлов","givenName":"Ваня","categories":["student"],"grade":"7А"}
                    """)
            #expect(student.status == .unprocessableEntity)
            #expect(student.apiError?.fields["birthDate"] == "Для категории «Обучающийся» укажите дату рождения.")

            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let card = try await app.get(SiteURL.person(.id(saved.id)).path, as: browser)
            #expect(card.status == .ok)
            #expect(card.body.string.contains("не указана"))
        }
    }

    @Test func aTeachersListWithoutBirthDatesIsImportedWhole() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            let csv = "ФИО;Должность;Стаж\nОрлова Вера Ивановна;учитель;23 года\nСизов Олег Петрович;учитель;6 мес.\n"
            let service = PeopleImportService(scope: scope)
            let upload = try await service.upload(
                to: fixture.a.organization.id!, fileName: "педагоги.csv",
                data: Data(csv.utf8))
            let (saved, preview) = try await service.confirm(upload.id!, mapping: nil, defaultCategory: .teacher)
            #expect(saved == 2, "\(preview.rows.compactMap(\.reason))")
            let orlova = try #require(try await PersonModel.query(on: app.db).filter(\.$surname == "Орлова").first())
            #expect(orlova.details.birthDate == nil && orlova.details.teachingExperienceYears == 23)
        }
    }
}
