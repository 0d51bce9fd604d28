import Foundation

/// A certificate of no criminal record (справка о наличии (отсутствии) судимости), which an adult working with
/// minors must present (Labour Code art. 351.1). The certificate itself carries no term; the organization decides
/// how long it accepts one (`validityMonths`, a year unless it sets otherwise).
public struct CriminalRecordCertificate: Equatable, Sendable {
    public var number: String
    public var issuedOn: CalendarDate
    /// «ГИАЦ МВД России», «ИЦ ГУ МВД России по Нижегородской области».
    public var issuedBy: String

    public static let defaultValidityMonths = 12
    public static let validityMonthsRange = 1...60
    /// How long before the end a curator is warned.
    public static let warningDays = 30

    public init(number: String, issuedOn: CalendarDate, issuedBy: String) {
        self.number = number
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
    }

    /// The last day the organization accepts the certificate.
    public func validUntil(months: Int) -> CalendarDate { issuedOn.adding(months: months).adding(days: -1) }

    public func status(on date: CalendarDate, validityMonths: Int) -> CertificateStatus {
        let until = validUntil(months: validityMonths)
        let left = date.days(until: until)
        if left < 0 { return .expired(on: until) }
        return left < Self.warningDays ? .expiring(until: until, daysLeft: left) : .valid(until: until)
    }
}

/// Where a mentor stands with the certificate on a day.
public enum CertificateStatus: Equatable, Sendable {
    case missing
    case valid(until: CalendarDate)
    case expiring(until: CalendarDate, daysLeft: Int)
    case expired(on: CalendarDate)

    /// The newest certificate's status; `missing` without one.
    public init(latest: CriminalRecordCertificate?, on date: CalendarDate, validityMonths: Int) {
        self = latest?.status(on: date, validityMonths: validityMonths) ?? .missing
    }

    /// The mentor may be matched with a minor on that day.
    public var permitsMinors: Bool {
        switch self {
        case .valid, .expiring: true
        case .missing, .expired: false
        }
    }

    /// A curator should act: nothing recorded, expired, or ending within `CriminalRecordCertificate.warningDays`.
    public var needsAttention: Bool {
        if case .valid = self { return false }
        return true
    }

    public var code: String {
        switch self {
        case .missing: "missing"
        case .valid: "valid"
        case .expiring: "expiring"
        case .expired: "expired"
        }
    }

    public var title: String {
        switch self {
        case .missing: "Справка не представлена"
        case .valid(let until): "Действует до \(until.russian)"
        case .expiring(let until, let days): "Истекает \(until.russian) (осталось \(RussianCount.days(days)))"
        case .expired(let on): "Истекла \(on.russian)"
        }
    }
}
