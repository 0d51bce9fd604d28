import MentoringCore

/// A request of a mentee as the engine sees it: the text (a vocabulary term or free text) and its priority
/// (1 — most important).
public struct MatchRequest: Codable, Sendable, Equatable {
    public var text: String
    public var priority: Int

    public init(text: String, priority: Int = 1) {
        self.text = text
        self.priority = priority
    }

    /// 1 for priority 1, ½ for 2, ⅓ for 3…
    public var weight: Double { 1 / Double(max(1, priority)) }
}

/// A mentee in a run. Ids are the caller's (profile ids); the engine never sees names.
public struct MatchMentee: Codable, Sendable, Equatable {
    public var id: String
    public var form: MentoringForm
    public var organization: String
    public var requests: [MatchRequest]
    public var interests: [String]
    public var weeklyHours: Int?
    public var format: MeetingFormat
    public var grade: Int?
    public var age: Int?
    public var experienceYears: Int?
    public var hasConsent: Bool
    /// Days on the waitlist: the longer, the higher the priority in the run.
    public var waitingDays: Int
    /// Mentor ids in the order the mentee prefers them (from the preference questionnaire).
    public var ranking: [String]

    public init(
        id: String, form: MentoringForm, organization: String, requests: [MatchRequest] = [],
        interests: [String] = [], weeklyHours: Int? = nil, format: MeetingFormat = .any, grade: Int? = nil,
        age: Int? = nil, experienceYears: Int? = nil, hasConsent: Bool = true, waitingDays: Int = 0,
        ranking: [String] = []
    ) {
        self.id = id
        self.form = form
        self.organization = organization
        self.requests = requests
        self.interests = interests
        self.weeklyHours = weeklyHours
        self.format = format
        self.grade = grade
        self.age = age
        self.experienceYears = experienceYears
        self.hasConsent = hasConsent
        self.waitingDays = waitingDays
        self.ranking = ranking
    }
}

/// A mentor in a run.
public struct MatchMentor: Codable, Sendable, Equatable {
    public var id: String
    public var forms: [MentoringForm]
    public var organization: String
    public var competencies: [String]
    public var interests: [String]
    public var weeklyHours: Int?
    public var capacity: Int
    /// Mentees already in the mentor's active mentorships: they take places before the run.
    public var activeMentees: Int
    public var groupAllowed: Bool
    public var offeredToOthers: Bool
    public var format: MeetingFormat
    public var grade: Int?
    public var age: Int?
    public var experienceYears: Int?
    public var hasConsent: Bool
    /// A teacher or the head of `organization`, whose own minors need no certificate from them (Labour Code art.
    /// 351.1). `nil` in runs stored before the rule, which it then does not apply to.
    public var isStaff: Bool?
    /// Holds a certificate of no criminal record the organization accepts on the run's day.
    public var hasRecordCertificate: Bool?
    /// Mentee ids in the order the mentor prefers them.
    public var ranking: [String]

    public init(
        id: String, forms: [MentoringForm], organization: String, competencies: [String] = [],
        interests: [String] = [], weeklyHours: Int? = nil, capacity: Int = 1, activeMentees: Int = 0,
        groupAllowed: Bool = false, offeredToOthers: Bool = false, format: MeetingFormat = .any,
        grade: Int? = nil, age: Int? = nil, experienceYears: Int? = nil, hasConsent: Bool = true,
        isStaff: Bool? = nil, hasRecordCertificate: Bool? = nil, ranking: [String] = []
    ) {
        self.id = id
        self.forms = forms
        self.organization = organization
        self.competencies = competencies
        self.interests = interests
        self.weeklyHours = weeklyHours
        self.capacity = capacity
        self.activeMentees = activeMentees
        self.groupAllowed = groupAllowed
        self.offeredToOthers = offeredToOthers
        self.format = format
        self.grade = grade
        self.age = age
        self.experienceYears = experienceYears
        self.hasConsent = hasConsent
        self.isStaff = isStaff
        self.hasRecordCertificate = hasRecordCertificate
        self.ranking = ranking
    }

    /// Places left for this run.
    public var freePlaces: Int { max(0, capacity - activeMentees) }
}

/// A (mentee, mentor) pair named by ids: a lock or a forbidden pair.
public struct PairKey: Codable, Sendable, Hashable {
    public var mentee: String
    public var mentor: String

    public init(mentee: String, mentor: String) {
        self.mentee = mentee
        self.mentor = mentor
    }
}

public enum MatchMode: String, Codable, Sendable, CaseIterable {
    case optimal
    case stable
    case groups

    public var title: String {
        switch self {
        case .optimal: "Оптимальный (наибольшая сумма баллов)"
        case .stable: "Устойчивый (по предпочтениям сторон)"
        case .groups: "Группы (наставник и несколько наставляемых)"
        }
    }
}

/// The hard rules a program sets.
public struct MatchRules: Codable, Sendable, Equatable {
    /// The least difference in teaching experience, in years, between mentor and mentee, by form (raw value).
    public var minExperienceGap: [String: Int]

    public init(minExperienceGap: [String: Int] = [MentoringForm.teacherTeacher.rawValue: 3]) {
        self.minExperienceGap = minExperienceGap
    }

    public func minExperienceGap(for form: MentoringForm) -> Int? { minExperienceGap[form.rawValue] }

    public static let standard = MatchRules()
}

/// Everything a run reads: the two sides, the rules, the weights, the curator's locks and forbidden pairs.
public struct MatchSetup: Codable, Sendable {
    public var mode: MatchMode
    public var proposing: StableMatching.Proposing
    public var mentees: [MatchMentee]
    public var mentors: [MatchMentor]
    public var rules: MatchRules
    public var weights: MatchWeights
    public var locked: [PairKey]
    public var forbidden: [PairKey]
    /// Mentors kept per mentee (and mentees per mentor) in the candidate graph; 0 keeps every allowed pair.
    public var topK: Int

    public init(
        mode: MatchMode = .optimal, proposing: StableMatching.Proposing = .mentees, mentees: [MatchMentee],
        mentors: [MatchMentor], rules: MatchRules = .standard, weights: MatchWeights = .standard,
        locked: [PairKey] = [], forbidden: [PairKey] = [], topK: Int = 0
    ) {
        self.mode = mode
        self.proposing = proposing
        self.mentees = mentees
        self.mentors = mentors
        self.rules = rules
        self.weights = weights
        self.locked = locked
        self.forbidden = forbidden
        self.topK = topK
    }
}
