import Foundation
import Testing

@testable import MentoringCore

/// Sums as people type them, the days of a month a pair was in force, and what an employee must sign.
struct MentorAgreementTests {
    @Test(arguments: [
        ("5000", 500_000), ("5 000", 500_000), ("4500,5", 450_050), ("4500.05", 450_005), ("0,99", 99),
        ("1000000", 100_000_000), ("5 000 ₽", 500_000),
    ])
    func typedSumsBecomeKopecks(text: String, kopecks: Int) {
        #expect(Money.kopecks(parsing: text) == kopecks)
    }

    @Test(arguments: ["", "-5", "+5", "5,001", "1000001", "пять", "5,5,5", "١٢٣", "99999999999999999999"])
    func whatIsNotASumIsRefused(text: String) {
        #expect(Money.kopecks(parsing: text) == nil)
    }

    @Test func sumsPrintWithGroupsAndKopecks() {
        #expect(Money.russian(183_333) == "1\u{00A0}833,33 ₽" && Money.russian(5) == "0,05 ₽")
        #expect(Money.russian(100_000_000) == "1\u{00A0}000\u{00A0}000,00 ₽")
    }

    func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test func aMonthCountsTheDaysFromTheStartToTheEndBothIncluded() {
        let pay = MentorAgreement.Payment.monthly(kopecks: 290_000)
        let whole = MentorPayment.month(2028, 2, payment: pay, from: day("01.01.2028"), to: nil)
        #expect(whole == MentorPayment(days: 29, daysInMonth: 29, dueKopecks: 290_000))
        let last = MentorPayment.month(2027, 2, payment: pay, from: day("28.02.2027"), to: day("31.08.2027"))
        #expect(last?.days == 1 && last?.daysInMonth == 28 && last?.dueKopecks == 10_357)
        let ended = MentorPayment.month(2026, 11, payment: pay, from: day("20.11.2026"), to: day("20.11.2026"))
        #expect(ended?.days == 1 && ended?.dueKopecks == 9_667)
        #expect(MentorPayment.month(2026, 12, payment: pay, from: day("20.11.2026"), to: day("30.11.2026")) == nil)
        #expect(MentorPayment.month(2026, 10, payment: pay, from: day("20.11.2026"), to: nil) == nil)
        #expect(MentorPayment.month(2026, 11, payment: .unpaid, from: day("01.11.2026"), to: nil) == nil)
        let share = MentorPayment.month(2026, 11, payment: .salaryShare(percent: 10), from: day("01.11.2026"), to: nil)
        #expect(share?.days == 30 && share?.dueKopecks == nil)
    }

    @Test func anEmployeeSignsBothPapersAndIsPaid() throws {
        let today = day("21.11.2026")
        let consentOnly = MentorAgreementInput(payment: "monthly", amount: "5000", consentSignedOn: "20.11.2026")
        #expect(try consentOnly.validated(employee: true, today: today).missing?.contains("соглашение") == true)
        #expect(try consentOnly.validated(employee: false, today: today).isSigned)
        #expect(throws: ValidationFailure.self) {
            try MentorAgreementInput(payment: "unpaid").validated(employee: true, today: today)
        }
        let volunteer = try MentorAgreementInput(payment: "unpaid", agreementSignedOn: "20.11.2026")
            .validated(employee: false, today: today)
        #expect(volunteer.payment == .unpaid && volunteer.agreementSignedOn == nil && !volunteer.isSigned)
    }
}
