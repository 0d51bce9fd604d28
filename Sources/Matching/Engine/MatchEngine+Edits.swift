/// A proposal after the curator's edits (a pair forbidden, a mentee moved by hand).
extension MatchEngine {
    /// Says again who is left without a pair and why, with the places as they are now, and counts the totals again.
    /// A mentee whose pair the curator took away is not told that every mentor is full: the mentors who may take them
    /// are listed with their free places. The run's proof is marked as the run's, since the pairs are no longer its.
    public static func edited(_ result: MatchResult, setup: MatchSetup) -> MatchResult {
        var result = result
        let matched = Set(result.pairs.map(\.mentee))
        var load: [String: Int] = [:]
        for pair in result.pairs { load[pair.mentor, default: 0] += 1 }
        let before = Dictionary(result.unmatched.map { ($0.mentee, $0) }) { first, _ in first }
        result.unmatched = setup.mentees.compactMap { mentee in
            guard !matched.contains(mentee.id) else { return nil }
            if let kept = before[mentee.id], [.noConsent, .noAllowedMentor].contains(kept.reason) { return kept }
            guard mentee.hasConsent else { return before[mentee.id] }
            let candidates = candidates(setup, mentee: mentee.id, load: load)
            let free = candidates.filter { $0.freePlaces > 0 }.count
            let removed = before[mentee.id].map { $0.reason == .pairRemoved } ?? true
            let detail =
                free > 0
                ? "Свободные места есть у подходящих наставников (\(free)): назначьте пару или повторите подбор."
                : "Места подходящих наставников (\(candidates.count)) заняты."
            let reason: UnmatchedReason = removed ? .pairRemoved : free > 0 ? .placeFreed : .mentorsFull
            return UnmatchedMentee(
                mentee: mentee.id, reason: reason,
                detail: detail, candidates: Array(candidates.prefix(3)))
        }
        result.totals = MatchTotals(
            pairs: result.pairs, unmatched: result.unmatched, mentees: setup.mentees.count,
            mentors: setup.mentors.count)
        result.proof.editedByCurator = true
        return result
    }

    /// The mentors a mentee may have under the hard rules and the curator's bans, free places first, then by score.
    private static func candidates(_ setup: MatchSetup, mentee: String, load: [String: Int]) -> [DirectiveCandidate] {
        setup.mentors.compactMap { mentor -> DirectiveCandidate? in
            guard mentor.hasConsent, let evaluation = evaluate(setup, mentee: mentee, mentor: mentor.id),
                evaluation.blocks.isEmpty
            else { return nil }
            return DirectiveCandidate(
                mentor: mentor.id, score: evaluation.score.score,
                freePlaces: max(0, mentor.freePlaces - load[mentor.id, default: 0]))
        }.sorted { ($0.freePlaces > 0 ? 1 : 0, $0.score) > ($1.freePlaces > 0 ? 1 : 0, $1.score) }
    }
}
