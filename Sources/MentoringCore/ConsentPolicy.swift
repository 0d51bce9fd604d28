import Foundation

/// Why the program wants to process a person's data. Each purpose needs its consents.
public enum ProcessingPurpose: String, CaseIterable, Sendable {
    /// Keeping the person in the bases of the program.
    case programParticipation = "program_participation"
    case matching
    case exportByName = "export_by_name"
    case reportByName = "report_by_name"
    case publication

    public var requiredKinds: [Consent.Kind] {
        switch self {
        case .programParticipation, .matching, .exportByName, .reportByName: [.personalData, .participation]
        case .publication: [.personalData, .participation, .publication]
        }
    }

    public var title: String {
        switch self {
        case .programParticipation: "участие в программе"
        case .matching: "подбор пар"
        case .exportByName: "выгрузка с именем"
        case .reportByName: "отчёт с именем"
        case .publication: "публикация на сайте"
        }
    }
}

/// The refusal an operation gets when a needed consent is not valid.
public struct ConsentRefusal: Error, Equatable, Sendable {
    public var personID: Person.ID
    public var purpose: ProcessingPurpose
    /// Each needed kind that is not valid, with its status.
    public var problems: [Consent.Kind: Consent.Status]

    public init(personID: Person.ID, purpose: ProcessingPurpose, problems: [Consent.Kind: Consent.Status]) {
        self.personID = personID
        self.purpose = purpose
        self.problems = problems
    }

    public var message: String {
        let list = Consent.Kind.allCases.compactMap { kind in
            problems[kind].map { "«\(kind.title)» — \($0.title.lowercased())" }
        }
        return "Нет действующего согласия (\(list.joined(separator: "; "))). Цель «\(purpose.title)» недоступна."
    }
}

/// The one place that decides whether a person's data may be processed for a purpose.
public enum ConsentPolicy {
    public static func authorize(
        _ purpose: ProcessingPurpose, personID: Person.ID, consents: [Consent],
        on date: CalendarDate
    ) throws(ConsentRefusal) {
        var problems: [Consent.Kind: Consent.Status] = [:]
        for kind in purpose.requiredKinds {
            let status = consents.status(of: kind, on: date)
            if status != .valid { problems[kind] = status }
        }
        if !problems.isEmpty { throw ConsentRefusal(personID: personID, purpose: purpose, problems: problems) }
    }

    public static func allows(_ purpose: ProcessingPurpose, consents: [Consent], on date: CalendarDate) -> Bool {
        purpose.requiredKinds.allSatisfy { consents.status(of: $0, on: date) == .valid }
    }

    /// 152-ФЗ, art. 21 p. 5: data goes within 30 days of a withdrawal.
    public static let anonymizationDelayDays = 30

    /// The day the person's program data must be anonymized after withdrawing a consent of `kind`,
    /// or `nil` when the withdrawal only stops one use (publication) and the data may stay.
    public static func anonymizationDue(afterWithdrawing kind: Consent.Kind, on date: CalendarDate) -> CalendarDate? {
        kind == .publication ? nil : date.adding(days: anonymizationDelayDays)
    }
}
