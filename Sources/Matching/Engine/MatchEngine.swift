/// Runs a matching: checks the setup, keeps the locks, scores the allowed pairs, solves in the chosen mode
/// and explains every pair and every mentee left without one. Deterministic: the same setup gives the
/// same result.
public enum MatchEngine {
    public typealias Progress = (_ stage: String, _ done: Int, _ total: Int) -> Void

    public static func run(_ original: MatchSetup, progress: Progress? = nil) throws(MatchSetupError) -> MatchResult {
        let check = MatchCheck(original)
        guard check.problems.isEmpty else { throw MatchSetupError(problems: check.problems) }
        let pool = MatchPool(check.setup)
        progress?("scoring", 0, pool.mentees.count)
        var pairs = pool.lockedPairs()
        let solved = pool.solve { done, total in progress?("matching", done, total) }
        pairs += solved.pairs
        progress?("matching", pool.mentees.count, pool.mentees.count)
        let unmatched = pool.unmatched(after: pairs)
        let totals = MatchTotals(
            pairs: pairs, unmatched: unmatched, mentees: check.setup.mentees.count,
            mentors: check.setup.mentors.count)
        return MatchResult(
            mode: check.setup.mode, pairs: pairs, unmatched: unmatched, totals: totals,
            proof: solved.proof, warnings: check.warnings)
    }

    /// The score of one pair with its explanation, or the hard rules it breaks — for a curator moving a
    /// mentee by hand.
    public static func evaluate(_ setup: MatchSetup, mentee: String, mentor: String) -> PairEvaluation? {
        guard let one = setup.mentees.first(where: { $0.id == mentee }),
            let other = setup.mentors.first(where: { $0.id == mentor })
        else { return nil }
        var blocks = PairRules.blocks(one, other, rules: setup.rules, countingPlaces: false)
        if setup.forbidden.contains(PairKey(mentee: mentee, mentor: mentor)) { blocks.append(.forbidden) }
        return PairEvaluation(blocks: blocks, score: PairScorer(setup: setup).score(one, other))
    }
}

/// A pair checked on request: the rules it breaks (empty when allowed) and its score.
public struct PairEvaluation: Sendable, Equatable {
    public var blocks: [PairBlock]
    public var score: PairScore
}
