import Foundation

/// The agreement's form as typed: how the mentor is paid and when the papers were signed.
public struct MentorAgreementInput: Codable, Sendable, Equatable {
    public var payment: String?
    /// Rubles a month, for `monthly`.
    public var amount: String?
    /// Percent of the salary, for `salary_share`.
    public var percent: String?
    public var consentSignedOn: String?
    public var agreementNumber: String?
    public var agreementSignedOn: String?

    public init(
        payment: String? = nil, amount: String? = nil, percent: String? = nil, consentSignedOn: String? = nil,
        agreementNumber: String? = nil, agreementSignedOn: String? = nil
    ) {
        self.payment = payment
        self.amount = amount
        self.percent = percent
        self.consentSignedOn = consentSignedOn
        self.agreementNumber = agreementNumber
        self.agreementSignedOn = agreementSignedOn
    }

    /// An employee's mentoring is paid (art. 351.8); papers are not signed in the future.
    public func validated(employee: Bool, today: CalendarDate) throws(ValidationFailure) -> MentorAgreement {
        var reader = FieldReader()
        var payment = MentorAgreement.Payment.unpaid
        switch reader.optional(self.payment) {
        case "monthly":
            if let kopecks = reader.optional(amount).flatMap(Money.kopecks(parsing:)), kopecks > 0 {
                payment = .monthly(kopecks: kopecks)
            } else {
                reader.failure.add("amount", "Укажите сумму в месяц в рублях, например 5 000 или 4 500,50.")
            }
        case "salary_share":
            if let value = reader.optional(percent).flatMap({ Int($0) }), (1...100).contains(value) {
                payment = .salaryShare(percent: value)
            } else {
                reader.failure.add("percent", "Укажите долю оклада — целое число процентов от 1 до 100.")
            }
        case "unpaid", nil:
            if employee {
                reader.failure.add(
                    "payment", "Наставничество работника оплачивается (ст. 351.8 ТК РФ): укажите сумму или долю оклада."
                )
            }
        default:
            reader.failure.add("payment", "Выберите форму оплаты.")
        }
        let consent = reader.date("consentSignedOn", consentSignedOn, required: false)
        let number = reader.optionalLimited("agreementNumber", agreementNumber, maxLength: 30)
        let signed = employee ? reader.date("agreementSignedOn", agreementSignedOn, required: false) : nil
        for (field, day) in [("consentSignedOn", consent), ("agreementSignedOn", signed)] {
            if let day, today < day {
                reader.failure.add(field, "Дата подписания не может быть позже сегодняшнего дня.")
            }
        }
        try reader.failure.throwIfAny()
        return MentorAgreement(
            employee: employee, payment: payment, consentSignedOn: consent, agreementNumber: employee ? number : nil,
            agreementSignedOn: signed)
    }
}
