/// A pair the run proposes.
public struct ProposedPair: Codable, Sendable, Equatable {
    public var mentee: String
    public var mentor: String
    public var score: PairScore
    /// Kept from a curator's lock rather than chosen by the run.
    public var locked: Bool
    /// The waitlist priority the mentee carried into the run (added to the pair's value, not to its score).
    public var priority: Double
    /// In the groups mode: the competency the mentor's group is formed around.
    public var groupTheme: String?

    public init(mentee: String, mentor: String, score: PairScore, locked: Bool, priority: Double, groupTheme: String?) {
        self.mentee = mentee
        self.mentor = mentor
        self.score = score
        self.locked = locked
        self.priority = priority
        self.groupTheme = groupTheme
    }
}

public enum UnmatchedReason: String, Codable, Sendable, CaseIterable {
    case noConsent = "no_consent"
    case noAllowedMentor = "no_allowed_mentor"
    case mentorsFull = "mentors_full"
    /// The curator took the mentee's pair away after the run.
    case pairRemoved = "pair_removed"
    /// The curator's edit after the run freed a place the mentee may take.
    case placeFreed = "place_freed"

    public var title: String {
        switch self {
        case .noConsent: "Нет действующего согласия"
        case .noAllowedMentor: "Нет подходящего наставника"
        case .mentorsFull: "Все подходящие наставники заняты"
        case .pairRemoved: "Пара снята куратором"
        case .placeFreed: "Освободилось место у наставника"
        }
    }
}

/// A mentor the curator may assign by decision (directive assignment) to a mentee left without a pair.
public struct DirectiveCandidate: Codable, Sendable, Equatable {
    public var mentor: String
    public var score: Double
    /// Places left after the run (0: the mentor would take one more than planned).
    public var freePlaces: Int
}

public struct UnmatchedMentee: Codable, Sendable, Equatable {
    public var mentee: String
    public var reason: UnmatchedReason
    /// In Russian: the hard rule that stopped most pairs, or who took the places.
    public var detail: String
    public var candidates: [DirectiveCandidate]

    public init(mentee: String, reason: UnmatchedReason, detail: String, candidates: [DirectiveCandidate]) {
        self.mentee = mentee
        self.reason = reason
        self.detail = detail
        self.candidates = candidates
    }
}

public struct MatchTotals: Codable, Sendable, Equatable {
    public var mentees: Int
    public var mentors: Int
    public var pairs: Int
    public var matchedPercent: Double
    public var meanScore: Double
    public var totalScore: Double
    /// Unmatched mentees by reason (raw value → count).
    public var unmatched: [String: Int]

    /// The totals of a proposal over a setup of `mentees` and `mentors`.
    public init(pairs: [ProposedPair], unmatched: [UnmatchedMentee], mentees: Int, mentors: Int) {
        let total = pairs.map(\.score.score).reduce(0, +)
        self.mentees = mentees
        self.mentors = mentors
        self.pairs = pairs.count
        matchedPercent = mentees > 0 ? 100 * Double(pairs.count) / Double(mentees) : 0
        meanScore = pairs.isEmpty ? 0 : total / Double(pairs.count)
        totalScore = total
        self.unmatched = Dictionary(grouping: unmatched, by: \.reason.rawValue).mapValues(\.count)
    }
}

/// What the run can show about its own answer.
public struct MatchProof: Codable, Sendable, Equatable {
    /// Optimal and groups modes: whether the dual check covered every allowed pair.
    public var provedOptimal: Bool?
    /// Optimal and groups modes: the upper bound the duals give (equal to the total value when optimal).
    public var dualBound: Double?
    public var rounds: Int?
    public var candidatePairs: Int
    public var allowedPairs: Int
    /// Stable mode: pairs that would both rather be together (0 for a stable matching).
    public var blockingPairs: Int?
    /// The curator changed the pairs after the run: what is proved above is about the run's pairs.
    public var editedByCurator: Bool?
}

public struct MatchResult: Codable, Sendable, Equatable {
    public var mode: MatchMode
    public var pairs: [ProposedPair]
    public var unmatched: [UnmatchedMentee]
    public var totals: MatchTotals
    public var proof: MatchProof
    /// Things in the input the run worked around, each said in Russian.
    public var warnings: [String]

    public func pair(ofMentee mentee: String) -> ProposedPair? { pairs.first { $0.mentee == mentee } }
}

/// The input cannot be run as it is; each problem is a Russian sentence for the curator.
public struct MatchSetupError: Error, Sendable, Equatable {
    public var problems: [String]
}
