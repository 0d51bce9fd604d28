import Foundation

/// Labour Code art. 351.8: an employee mentors only with written consent and under an additional agreement to the
/// employment contract stating the mentees, the content, the term, the form and the payment. A mentor who is not an
/// employee (a student, an enterprise's representative) signs the consent form only.
public struct MentorAgreement: Equatable, Sendable {
    /// How the mentor is paid for mentoring.
    public enum Payment: Equatable, Sendable {
        /// A fixed sum a month, in kopecks.
        case monthly(kopecks: Int)
        /// A share of the salary, in percent.
        case salaryShare(percent: Int)
        /// Mentoring without pay (the usual case for a mentor who is not an employee).
        case unpaid

        public var title: String {
            switch self {
            case .monthly(let kopecks): "\(Money.russian(kopecks)) в месяц"
            case .salaryShare(let percent): "\(percent) % должностного оклада в месяц"
            case .unpaid: "без оплаты"
            }
        }
    }

    public var employee: Bool
    public var payment: Payment
    public var consentSignedOn: CalendarDate?
    public var agreementNumber: String?
    public var agreementSignedOn: CalendarDate?

    public init(
        employee: Bool, payment: Payment, consentSignedOn: CalendarDate? = nil, agreementNumber: String? = nil,
        agreementSignedOn: CalendarDate? = nil
    ) {
        self.employee = employee
        self.payment = payment
        self.consentSignedOn = consentSignedOn
        self.agreementNumber = agreementNumber
        self.agreementSignedOn = agreementSignedOn
    }

    /// Everything the mentor must sign is signed: the consent, and for an employee the agreement too.
    public var isSigned: Bool { consentSignedOn != nil && (!employee || agreementSignedOn != nil) }

    /// What is still to sign, in Russian, for the message that stops a pair; nil when nothing is.
    public var missing: String? {
        let missing = [
            consentSignedOn == nil ? "письменное согласие на наставничество" : nil,
            employee && agreementSignedOn == nil ? "дополнительное соглашение к трудовому договору" : nil,
        ].compactMap { $0 }
        return missing.isEmpty ? nil : missing.joined(separator: " и ")
    }
}

/// Sums of money as kopecks: typed as «5 000», «5000,50» or «5000.5», printed as «5 000,50 ₽».
public enum Money {
    /// Up to a million rubles a month; more is a typing mistake.
    public static let maximumKopecks = 100_000_000

    public static func kopecks(parsing text: String) -> Int? {
        let cleaned = text.filter { !$0.isWhitespace && $0 != "₽" }.replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...7).contains(parts[0].count),
            parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let rubles = Int(parts[0])
        else { return nil }
        var kopecks = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(parts[1])
            else { return nil }
            kopecks = parts[1].count == 1 ? value * 10 : value
        }
        let total = rubles * 100 + kopecks
        return total <= maximumKopecks ? total : nil
    }

    public static func russian(_ kopecks: Int) -> String {
        let rubles = String(kopecks / 100)
        var grouped = ""
        for (index, digit) in rubles.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append("\u{00A0}") }
            grouped.append(digit)
        }
        return String(grouped.reversed()) + String(format: ",%02d ₽", kopecks % 100)
    }
}
