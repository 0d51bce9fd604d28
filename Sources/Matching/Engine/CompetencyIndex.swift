/// From a competency to the mentors offering it: a mentee is scored only against mentors who cover at least
/// one of its requests, or — when nobody covers any — against every mentor, so that no one is left without
/// candidates only because a request was written in free text.
struct CompetencyIndex {
    private var mentorsByCompetency: [String: [Int]] = [:]
    private let mentorCount: Int

    init(mentors: [MatchMentor]) {
        mentorCount = mentors.count
        for (index, mentor) in mentors.enumerated() {
            for competency in Set(mentor.competencies.map(PairScorer.normalized)) {
                mentorsByCompetency[competency, default: []].append(index)
            }
        }
    }

    func candidates(for mentee: MatchMentee) -> [Int] {
        var found: Set<Int> = []
        for request in mentee.requests {
            found.formUnion(mentorsByCompetency[PairScorer.normalized(request.text)] ?? [])
        }
        return found.isEmpty ? Array(0..<mentorCount) : found.sorted()
    }
}

/// The groups mode: each mentor who accepts groups gets one theme — the competency most in demand among the
/// mentees who may join — and only mentees with a request on that theme join the group.
enum GroupThemes {
    static func choose(mentees: [MatchMentee], mentors: [MatchMentor], rules: MatchRules) -> [String?] {
        mentors.map { mentor in
            guard mentor.groupAllowed else { return nil }
            var demand: [String: Double] = [:]
            for mentee in mentees where PairRules.blocks(mentee, mentor, rules: rules, countingPlaces: false).isEmpty {
                for request in mentee.requests {
                    demand[PairScorer.normalized(request.text), default: 0] += request.weight
                }
            }
            let offered = mentor.competencies.filter { (demand[PairScorer.normalized($0)] ?? 0) > 0 }
            return offered.max { a, b in
                let da = demand[PairScorer.normalized(a)]!
                let db = demand[PairScorer.normalized(b)]!
                return da < db || (da == db && a > b)
            }
        }
    }

    static func blocks(_ mentee: MatchMentee, mentor: MatchMentor, theme: String?) -> [PairBlock] {
        guard mentor.groupAllowed else { return [.notGroupMentor] }
        guard let theme,
            mentee.requests.contains(where: { PairScorer.normalized($0.text) == PairScorer.normalized(theme) })
        else {
            return [.outsideGroupTheme]
        }
        return []
    }
}
