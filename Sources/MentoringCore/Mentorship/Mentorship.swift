import Foundation

/// A mentoring pair or group (наставническая пара / группа) through its life: drafted by matching or by hand,
/// fixed by a signed order, active while the pair meets, then completed or terminated.
public enum MentorshipStatus: String, CaseIterable, Codable, Sendable {
    case draft
    case fixed
    case active
    case completed
    case terminated

    public var title: String {
        switch self {
        case .draft: "Черновик"
        case .fixed: "Закреплена приказом"
        case .active: "Работает"
        case .completed: "Завершена"
        case .terminated: "Прекращена"
        }
    }

    /// Statuses that hold a mentor's place and keep a mentee out of the next matching run.
    public static let holding: [MentorshipStatus] = [.draft, .fixed, .active]

    public var isClosed: Bool { self == .completed || self == .terminated }

    /// The moves the methodology allows: a draft is fixed only by a signed order, a pair works once fixed,
    /// and any open pair may be terminated.
    public func allows(_ next: MentorshipStatus) -> Bool {
        switch (self, next) {
        case (.draft, .fixed), (.fixed, .active), (.active, .completed): true
        case (.draft, .terminated), (.fixed, .terminated), (.active, .terminated): true
        default: false
        }
    }
}

/// Why a pair ended before its time.
public enum TerminationReason: String, CaseIterable, Codable, Sendable {
    case agreement
    case mentorLeft = "mentor_left"
    case menteeLeft = "mentee_left"
    case incompatibility

    public var title: String {
        switch self {
        case .agreement: "По соглашению сторон"
        case .mentorLeft: "Выбытие наставника"
        case .menteeLeft: "Выбытие наставляемого"
        case .incompatibility: "Несовместимость"
        }
    }

    /// A mentee who stays in the program goes back to the waitlist, keeping the days already waited.
    public var rematchesMentee: Bool { self != .menteeLeft }
}

/// A kind of mentoring (вид наставничества).
public enum MentoringKind: String, CaseIterable, Codable, Sendable {
    case traditional
    case group
    case virtual
    case shortTerm = "short_term"
    case reverse
    case situational
    case speed

    public var title: String {
        switch self {
        case .traditional: "Традиционное"
        case .group: "Групповое"
        case .virtual: "Виртуальное"
        case .shortTerm: "Краткосрочное"
        case .reverse: "Реверсивное"
        case .situational: "Ситуационное"
        case .speed: "Скоростное"
        }
    }
}

/// One line of a mentorship's history.
public struct MentorshipEvent: Codable, Equatable, Sendable {
    public var at: Date
    public var from: MentorshipStatus?
    public var to: MentorshipStatus
    public var note: String
    public var actor: String

    public init(at: Date, from: MentorshipStatus?, to: MentorshipStatus, note: String, actor: String) {
        self.at = at
        self.from = from
        self.to = to
        self.note = note
        self.actor = actor
    }
}

/// The checks every change of a pair repeats: the mentor's places and the consents of everyone in it.
public enum MentorshipRules {
    /// Problems of a mentor taking `adding` more mentees while already holding `holding` places out of `capacity`.
    public static func capacityProblem(capacity: Int, holding: Int, adding: Int, groupAllowed: Bool) -> String? {
        if capacity == 0 { return "У наставника не осталось мест: его ёмкость — 0." }
        if adding > 1 && !groupAllowed {
            return "Наставник не ведёт групповое наставничество: выберите одного наставляемого."
        }
        if holding + adding > capacity {
            return "У наставника \(capacity) мест(а), занято \(holding): добавить ещё \(adding) нельзя."
        }
        return nil
    }

    /// The consent problem of a participant, named, or `nil` when their consents are valid.
    public static func consentProblem(_ person: Person, consents: [Consent], on date: CalendarDate) -> String? {
        guard let problem = Eligibility.baseProblems(person, consents: consents, on: date).first else { return nil }
        return "\(person.details.shortName): \(problem.message)"
    }
}
