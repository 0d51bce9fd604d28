import Foundation
import Testing

@testable import MentoringCore

@Suite("Certificate of no criminal record")
struct CertificateTests {
    static let issued = CalendarDate(year: 2026, month: 1, day: 31)!
    static let certificate = CriminalRecordCertificate(number: "1", issuedOn: issued, issuedBy: "ИЦ МВД")

    @Test(
        "Accepted for the organization's months, with a warning in the last 30 days",
        arguments: [
            ("2026-01-31", 12, "valid"),
            ("2026-12-31", 12, "valid"),  // 30 days left: not yet warned
            ("2027-01-01", 12, "expiring"),  // 29 days left
            ("2027-01-30", 12, "expiring"),  // the last day
            ("2027-01-31", 12, "expired"),
            ("2027-01-31", 24, "valid"),
            ("2026-03-01", 1, "expired"),  // one month from 31 January ends on 27 February
        ])
    func status(today: String, months: Int, code: String) {
        #expect(Self.certificate.status(on: CalendarDate(parsing: today)!, validityMonths: months).code == code)
    }

    @Test("Missing without one; only a valid or ending certificate lets an adult mentor a minor")
    func permits() {
        let today = CalendarDate(year: 2026, month: 6, day: 1)!
        let missing = CertificateStatus(latest: nil, on: today, validityMonths: 12)
        #expect(missing == .missing && !missing.permitsMinors && missing.needsAttention)
        #expect(CertificateStatus(latest: Self.certificate, on: today, validityMonths: 12).permitsMinors)
        #expect(!CertificateStatus(latest: Self.certificate, on: today, validityMonths: 3).permitsMinors)
        #expect(
            CertificateStatus.expiring(until: today, daysLeft: 1).title == "Истекает 01.06.2026 (осталось 1 день)")
    }

    static func person(_ categories: [Person.Category], born: String?) -> Person.Details {
        Person.Details(
            surname: "Иванов", givenName: "Иван", birthDate: born.flatMap { CalendarDate(parsing: $0) },
            categories: categories)
    }

    @Test(
        "Required of an adult who is not the minor's own school's teacher or head",
        arguments: [
            ([Person.Category.employerRepresentative], "1980-01-01", true, true),
            ([.teacher], "1980-01-01", true, false),
            ([.head], "1970-01-01", true, false),
            ([.teacher], "1980-01-01", false, true),  // another organization's teacher
            ([.universityStudent], "2006-01-01", true, true),
            ([.student], "2008-01-01", true, true),  // an 18-year-old student
            ([.student], "2010-01-01", true, false),  // a minor
            ([.other], nil, true, true),
        ])
    func rule(categories: [Person.Category], born: String?, sameOrganization: Bool, required: Bool) {
        let school = Organization.ID(UUID())
        let mentee = Self.person([.student], born: "2013-05-05")
        let today = CalendarDate(year: 2026, month: 11, day: 21)!
        #expect(
            CertificateRule.required(
                mentor: Self.person(categories, born: born),
                mentorOrganization: sameOrganization ? school : .init(UUID()),
                mentee: mentee, menteeOrganization: school, on: today) == required)
        #expect(
            !CertificateRule.required(
                mentor: Self.person(categories, born: born), mentorOrganization: .init(UUID()),
                mentee: Self.person([.teacher], born: "1999-01-01"), menteeOrganization: school, on: today))
    }

    @Test("The form refuses blanks, a future date and a text that is not a date, by field")
    func input() {
        let today = CalendarDate(year: 2026, month: 11, day: 21)!
        let blank = #expect(throws: ValidationFailure.self) {
            try CriminalRecordCertificateInput(number: " ", issuedOn: "2026-11-22", issuedBy: "").validated(
                today: today)
        }
        #expect(blank?.fields.keys.sorted() == ["issuedBy", "issuedOn", "number"])
        let notADate = #expect(throws: ValidationFailure.self) {
            try CriminalRecordCertificateInput(number: "1", issuedOn: "вчера", issuedBy: "МВД").validated(today: today)
        }
        #expect(notADate?.fields.keys.sorted() == ["issuedOn"])
        let valid = try? CriminalRecordCertificateInput(number: " 12 ", issuedOn: "21.11.2026", issuedBy: "МВД")
            .validated(today: today)
        #expect(valid == CriminalRecordCertificate(number: "12", issuedOn: today, issuedBy: "МВД"))
    }
}
