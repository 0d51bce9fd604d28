import Foundation
import MentoringCore
import Testing

struct PersonInputTests {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!

    func valid() -> PersonInput {
        var input = PersonInput()
        input.surname = " Иванова "
        input.givenName = "Мария"
        input.patronymic = "Петровна"
        input.birthDate = "14.03.2012"
        input.categories = ["student"]
        input.grade = "8Б"
        input.subjects = "Математика; физика, "
        return input
    }

    @Test func acceptsAStudentAndCleansText() throws {
        let details = try valid().validated(today: today)
        #expect(details.surname == "Иванова")
        #expect(details.fullName == "Иванова Мария Петровна")
        #expect(details.shortName == "Иванова М. П.")
        #expect(details.subjects == ["Математика", "физика"])
        #expect(details.isMinor(on: today))
        #expect(details.age(on: today) == 14)
    }

    @Test(arguments: [
        ("surname", ""), ("givenName", "   "), ("birthDate", "31.02.2012"), ("birthDate", "01.01.2027"),
        ("birthDate", "01.01.1900"), ("grade", ""), ("email", "mail.ru"), ("phone", "звоните"),
        ("teachingExperienceYears", "пять"), ("sex", "robot"),
    ])
    func reportsTheFieldAtFault(field: String, value: String) {
        let keyPaths: [String: WritableKeyPath<PersonInput, String?>] = [
            "surname": \.surname, "givenName": \.givenName, "birthDate": \.birthDate, "grade": \.grade,
            "email": \.email,
            "phone": \.phone, "teachingExperienceYears": \.teachingExperienceYears, "sex": \.sex,
        ]
        var input = valid()
        input[keyPath: keyPaths[field]!] = value
        #expect(throws: ValidationFailure.self) { try input.validated(today: today) }
        do {
            _ = try input.validated(today: today)
        } catch {
            #expect(error.fields[field] != nil, "expected a message for \(field), got \(error.fields)")
            #expect(error.fields.count == 1)
        }
    }

    @Test func collectsEveryProblemAtOnce() {
        do {
            _ = try PersonInput().validated(today: today)
            Issue.record("an empty form must not pass")
        } catch {
            #expect(Set(error.fields.keys) == ["surname", "givenName", "categories"])
            #expect(error.fields["surname"] == "Укажите фамилию.")
        }
    }

    @Test func aTeacherNeedsNoBirthDate() throws {
        var input = valid()
        input.categories = ["teacher"]
        input.birthDate = " "
        let details = try input.validated(today: today)
        #expect(details.birthDate == nil)
        #expect(details.age(on: today) == nil)
        #expect(!details.isMinor(on: today))
    }

    @Test(arguments: [["student"], ["university_student"], ["teacher", "student"]])
    func aStudentNeedsABirthDate(categories: [String]) {
        var input = valid()
        input.categories = categories
        input.birthDate = nil
        do {
            _ = try input.validated(today: today)
            Issue.record("a student without a birth date must not pass: the consent depends on the age")
        } catch {
            #expect(error.fields["birthDate"]?.hasPrefix("Для категории «") == true, "\(error.fields)")
        }
    }

    @Test func employerRepresentativeNeedsAPartner() {
        var input = valid()
        input.categories = ["employer_representative"]
        input.birthDate = "01.01.1980"
        #expect(
            throws: ValidationFailure(fields: [
                "partnerName": "Укажите организацию-партнёра представителя работодателя."
            ])
        ) {
            try input.validated(today: today)
        }
    }

    @Test func editsRecordFieldNamesOnly() throws {
        let old = try valid().validated(today: today)
        var input = valid()
        input.surname = "Петрова"
        input.phone = "+7 913 000-00-00"
        #expect(try input.validated(today: today).changedFields(from: old) == ["surname", "phone"])
    }

    @Test func apiMayPassNumbersAndBooleans() throws {
        let json =
            #"{"surname":"Козлов","givenName":"Пётр","birthDate":"1990-01-02","categories":["teacher"],"teachingExperienceYears":7,"isYoungSpecialist":true}"#
        let details = try JSONDecoder().decode(PersonInput.self, from: Data(json.utf8)).validated(today: today)
        #expect(details.teachingExperienceYears == 7)
        #expect(details.isYoungSpecialist)
    }
}
