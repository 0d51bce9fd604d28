/// The optimal assignment over every allowed pair of a source, found on a top-K candidate graph and
/// proved optimal for the whole source by its dual values.
///
/// After solving on the graph, each pair left out of it is checked against the duals
/// (value ≤ u + v). A mentee whose best left-out pair is below its own dual needs no check at all;
/// the others are enumerated again. Any pair that breaks the bound joins the graph and the graph is
/// solved again, so the answer is the optimum of all allowed pairs, not only of the kept ones.
public struct OptimalMatching: Sendable {
    public var assignment: Assignment
    public var graph: CandidateGraph
    /// How many times the graph was solved (1 when the first top-K graph already held the optimum).
    public var rounds: Int
    /// Σ u + Σ capacity·v of the final duals; equal to the total up to rounding when optimal.
    public var dualBound: Double
    /// Pairs outside the graph whose value broke the dual bound on the last check (0 = proved).
    public var violations: Int

    public var proved: Bool { violations == 0 }

    public static let tolerance = 1e-9

    public static func solve<Source: CandidateSource>(
        _ source: Source, topK: Int, maxRounds: Int = 20, progress: ((String, Int) -> Void)? = nil
    ) -> OptimalMatching {
        var graph = CandidateGraph(source: source, topK: topK) { progress?("candidates", $0) }
        var rounds = 0
        while true {
            rounds += 1
            let assignment = OptimalAssignment.solve(graph) { progress?("assignment", $0) }
            let missing = violations(of: assignment, graph: graph, source: source)
            let bound = assignment.dualBound(capacities: graph.capacities)
            if missing.isEmpty || rounds >= maxRounds {
                return OptimalMatching(assignment: assignment, graph: graph, rounds: rounds, dualBound: bound,
                                       violations: missing.values.reduce(0) { $0 + $1.count })
            }
            graph = graph.adding(missing)
        }
    }

    /// The allowed pairs outside the graph whose value exceeds u + v.
    static func violations<Source: CandidateSource>(
        of assignment: Assignment, graph: CandidateGraph, source: Source
    ) -> [Int: [Candidate]] {
        var missing: [Int: [Candidate]] = [:]
        for mentee in 0..<graph.menteeCount where graph.bestLeftOut[mentee] > assignment.menteeDual[mentee] + tolerance {
            let u = assignment.menteeDual[mentee]
            source.forEachCandidate(ofMentee: mentee) { mentor, value in
                if value > u + assignment.mentorDual[Int(mentor)] + tolerance && graph.capacities[Int(mentor)] > 0 {
                    missing[mentee, default: []].append(Candidate(mentor: mentor, value: value))
                }
            }
        }
        return missing
    }
}
