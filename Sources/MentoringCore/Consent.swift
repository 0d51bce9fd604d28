import Foundation

/// A written consent (согласие) given by a person or, for a minor, by a legal representative.
public struct Consent: Equatable, Sendable {
    public typealias ID = Identifier<Consent>

    public enum Kind: String, CaseIterable, Codable, Sendable {
        case personalData = "personal_data"
        case participation
        case publication

        public var title: String {
            switch self {
            case .personalData: "Обработка персональных данных"
            case .participation: "Участие в программе наставничества"
            case .publication: "Публикация на сайте"
            }
        }

        /// What the consent is to, after «согласие»: «нет согласия на участие».
        public var object: String {
            switch self {
            case .personalData: "на обработку персональных данных"
            case .participation: "на участие"
            case .publication: "на публикацию"
            }
        }
    }

    /// Who put the signature.
    public enum Signer: Equatable, Sendable {
        case subject
        case representative(LegalRepresentative.ID)
    }

    public var id: ID
    public var personID: Person.ID
    public var kind: Kind
    public var purpose: String
    public var signer: Signer
    public var signedOn: CalendarDate
    public var validUntil: CalendarDate?
    public var withdrawnOn: CalendarDate?

    public init(
        id: ID, personID: Person.ID, kind: Kind, purpose: String, signer: Signer,
        signedOn: CalendarDate, validUntil: CalendarDate? = nil, withdrawnOn: CalendarDate? = nil
    ) {
        self.id = id
        self.personID = personID
        self.kind = kind
        self.purpose = purpose
        self.signer = signer
        self.signedOn = signedOn
        self.validUntil = validUntil
        self.withdrawnOn = withdrawnOn
    }

    /// The status of this one consent on `date`.
    public func status(on date: CalendarDate) -> Status {
        if let withdrawnOn, withdrawnOn <= date { return .withdrawn }
        if signedOn > date { return .missing }
        if let validUntil, validUntil < date { return .expired }
        return .valid
    }

    /// Derived, never stored: it changes with the calendar.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case valid, missing, expired, withdrawn

        public var title: String {
            switch self {
            case .valid: "Действует"
            case .missing: "Нет согласия"
            case .expired: "Истекло"
            case .withdrawn: "Отозвано"
            }
        }

        /// Of several problems the one to tell first: a withdrawal outranks an expiry outranks absence.
        var severity: Int {
            switch self {
            case .valid: 0
            case .missing: 1
            case .expired: 2
            case .withdrawn: 3
            }
        }
    }
}

extension Collection where Element == Consent {
    /// The status of a kind: valid when any consent of it is valid; otherwise what happened to the latest one.
    public func status(of kind: Consent.Kind, on date: CalendarDate) -> Consent.Status {
        let ofKind = filter { $0.kind == kind }
        if ofKind.contains(where: { $0.status(on: date) == .valid }) { return .valid }
        guard let latest = ofKind.max(by: { $0.signedOn < $1.signedOn }) else { return .missing }
        return latest.status(on: date)
    }

    /// The status of every kind on `date`.
    public func statuses(on date: CalendarDate) -> [Consent.Kind: Consent.Status] {
        Dictionary(uniqueKeysWithValues: Consent.Kind.allCases.map { ($0, status(of: $0, on: date)) })
    }

    /// A person's overall status: what the program needs to process their data at all.
    public func overallStatus(on date: CalendarDate) -> Consent.Status {
        ProcessingPurpose.programParticipation.requiredKinds
            .map { status(of: $0, on: date) }
            .max(by: { $0.severity < $1.severity }) ?? .missing
    }
}
