import Foundation
import MentoringCore
import Testing

struct EligibilityTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    static func person(
        _ categories: [Person.Category], born: String, grade: String? = nil, young: Bool = false
    ) -> Person {
        Person(
            id: .init(UUID()), organizationID: .init(UUID()),
            details: Person.Details(
                surname: "Иванов", givenName: "Иван", birthDate: CalendarDate(parsing: born)!, categories: categories,
                grade: grade, isYoungSpecialist: young))
    }

    static func consents(
        for person: Person, signer: Consent.Signer, kinds: [Consent.Kind] = [.personalData, .participation]
    ) -> [Consent] {
        kinds.map {
            Consent(
                id: .init(UUID()), personID: person.id, kind: $0, purpose: "Программа", signer: signer,
                signedOn: CalendarDate(year: 2026, month: 9, day: 1)!)
        }
    }

    @Test func nobodyWithoutAValidConsentEntersABase() {
        let teacher = Self.person([.teacher], born: "1990-01-01")
        #expect(!Eligibility.mayEnterBase(teacher, consents: [], on: Self.today))
        #expect(
            !Eligibility.mayEnterBase(
                teacher, consents: Self.consents(for: teacher, signer: .subject, kinds: [.personalData]), on: Self.today
            ))
        #expect(
            Eligibility.mayEnterBase(teacher, consents: Self.consents(for: teacher, signer: .subject), on: Self.today))
    }

    @Test func aMinorNeedsTheRepresentativesSignature() {
        let student = Self.person([.student], born: "2013-05-01", grade: "7Б")
        #expect(
            Eligibility.baseProblems(student, consents: Self.consents(for: student, signer: .subject), on: Self.today)
                == [.minorSignedAlone])
        let byParent = Self.consents(for: student, signer: .representative(.init(UUID())))
        #expect(Eligibility.mayEnterBase(student, consents: byParent, on: Self.today))
    }

    @Test(
        arguments: [
            ("9А", "2011-01-01", "7Б", "2013-01-01", true),
            ("7Б", "2011-01-01", "9А", "2013-01-01", false),  // older, but in a lower grade
            ("8", "2012-01-01", "8", "2012-06-01", true),  // same grade: the older one may mentor
            ("8", "2012-06-01", "8", "2012-01-01", false),
            (nil, "2010-01-01", "5", "2015-01-01", true),  // grade unknown: age decides
        ] as [(String?, String, String?, String, Bool)])
    func aStudentMentorIsSenior(
        mentorGrade: String?, mentorBorn: String, menteeGrade: String?, menteeBorn: String, allowed: Bool
    ) {
        let mentor = Self.person([.student], born: mentorBorn, grade: mentorGrade).details
        let mentee = Self.person([.student], born: menteeBorn, grade: menteeGrade).details
        #expect(Eligibility.pairProblems(mentor: mentor, mentee: mentee, form: .studentStudent).isEmpty == allowed)
        #expect(Eligibility.pairProblems(mentor: mentor, mentee: mentee, form: .universityStudentStudent).isEmpty)
    }

    @Test func aYoungSpecialistIsOfferedTeacherTeacherFirst() {
        #expect(
            Eligibility.suggestedMenteeForms(Self.person([.teacher], born: "2001-01-01", young: true).details).first
                == .teacherTeacher)
        #expect(
            Eligibility.suggestedMenteeForms(Self.person([.student], born: "2012-01-01").details)
                == [.studentStudent, .universityStudentStudent, .employerStudent])
    }

    @Test func categoriesMustFitTheForm() {
        let student = Self.person([.student], born: "2012-01-01")
        let consents = Self.consents(for: student, signer: .representative(.init(UUID())))
        #expect(
            Eligibility.menteeProblems(student, form: .teacherTeacher, consents: consents, on: Self.today)
                == [.categoryNotInForm(.teacherTeacher, asMentor: false)])
        #expect(
            Eligibility.mentorProblems(student, forms: [.studentStudent], consents: consents, on: Self.today).isEmpty)
    }

    @Test func vocabularyTermsAreReadOnePerLineWithoutRepeats() throws {
        #expect(try Vocabulary.terms(fromLines: "Математика\n\n  математика \nФизика\r\n") == ["Математика", "Физика"])
        #expect(throws: ValidationFailure.self) { try Vocabulary.terms(fromLines: " \n ") }
        #expect(Vocabulary.standard(.pedagogical).term(matching: "подготовка  к огэ и егэ") == "Подготовка к ОГЭ и ЕГЭ")
    }
}
