/// The optimal assignment over every allowed pair of a source, found on a top-K candidate graph and
/// proved optimal for the whole source by its dual values.
///
/// After solving on the graph, each pair left out of it is checked against the duals
/// (value ≤ u + v). A mentee whose best left-out pair is below its own dual needs no check at all, nor
/// does a mentor whose best left-out pair is; the other pairs are scored again. Any pair that breaks the
/// bound joins the graph and the auction goes on from its prices, so the answer is the optimum of all
/// allowed pairs, not only of the kept ones.
public struct OptimalMatching: Sendable {
    public var assignment: Assignment
    public var graph: CandidateGraph
    /// How many times the auction ran on a graph (1 when the first top-K graph already held the optimum).
    public var rounds: Int
    /// Σ u + Σ capacity·v of the final duals: no assignment on the graph is worth more; at most n·ε above the total.
    public var dualBound: Double
    /// Pairs outside the graph whose value broke the dual bound on the last check (0 = proved).
    public var violations: Int

    /// No pair outside the graph breaks the duals and the dual bound is within `tolerance` (relative) of
    /// the total: no assignment of the source is worth more.
    public var proved: Bool {
        violations == 0 && dualBound - assignment.total <= OptimalMatching.tolerance * max(1, assignment.total)
    }

    public static let tolerance = 1e-9

    /// Pairs this close to breaking the duals (a share of the best value in the graph) join the graph with
    /// the ones that break them, so that the prices moving after a round rarely call for another.
    static let anticipation = 0.03

    public static func solve<Source: CandidateSource>(
        _ source: Source, topK: Int, maxRounds: Int = 20, progress: ((String, Int) -> Void)? = nil
    ) -> OptimalMatching {
        let graph = CandidateGraph(source: source, topK: topK) { progress?("candidates", $0) }
        var auction = OptimalAssignment.solve(graph) { progress?("assignment", $0) }
        var rounds = 1
        while true {
            let assignment = auction.assignment
            let check = DualCheck(assignment: assignment, graph: auction.graph, source: source)
            if check.violations == 0 || rounds >= maxRounds {
                return OptimalMatching(
                    assignment: assignment, graph: auction.graph, rounds: rounds,
                    dualBound: assignment.dualBound(capacities: auction.graph.capacities),
                    violations: check.violations)
            }
            auction.extend(to: auction.graph.adding(check.pairs), excess: check.excess)
            auction.run()
            rounds += 1
        }
    }
}

/// The pairs outside the graph checked against the duals: how many break u + v (the proof fails while any
/// does) and the pairs to add — those and the ones within `anticipation` of it. Only pairs that neither
/// side's left-out bound rules out are scored again, by up to four runs of mentees at once.
struct DualCheck {
    var violations = 0
    var pairs: [Int: [Candidate]] = [:]
    /// The most any pair exceeds u + v by.
    var excess = 0.0

    init<Source: CandidateSource>(assignment: Assignment, graph: CandidateGraph, source: Source) {
        let margin = OptimalMatching.anticipation * (graph.values.max() ?? 1)
        // How far above a mentee's dual a pair of each mentor may reach: its best left-out value − v.
        let room = (0..<graph.mentorCount).map { mentor in
            graph.capacities[mentor] > 0
                ? graph.mentorLeftOut[mentor] - assignment.mentorDual[mentor] + margin : -.infinity
        }
        let parts = inParallelRuns(of: graph.menteeCount) {
            DualCheck(assignment: assignment, graph: graph, source: source, room: room, margin: margin, mentees: $0)
        }
        for part in parts {
            violations += part.violations
            pairs.merge(part.pairs) { $0 + $1 }
            excess = max(excess, part.excess)
        }
    }

    private init<Source: CandidateSource>(
        assignment: Assignment, graph: CandidateGraph, source: Source, room: [Double],
        margin: Double, mentees: Range<Int>
    ) {
        let tolerance = OptimalMatching.tolerance
        let widest = room.max() ?? 0
        var inRow = Array(repeating: Int32(-1), count: graph.mentorCount)
        for mentee in mentees where graph.bestLeftOut[mentee] > max(0, assignment.menteeDual[mentee] - margin) {
            let u = assignment.menteeDual[mentee]
            guard widest > u else { continue }
            for edge in graph.rowStart[mentee]..<graph.rowStart[mentee + 1] {
                inRow[Int(graph.mentors[edge])] = Int32(mentee)
            }
            source.forEachCandidate(
                ofMentee: mentee,
                among: { mentor in
                    room[Int(mentor)] > u && inRow[Int(mentor)] != Int32(mentee)
                }
            ) { mentor, value in
                let over = value - u - assignment.mentorDual[Int(mentor)]
                guard over > -margin else { return }
                pairs[mentee, default: []].append(Candidate(mentor: mentor, value: value))
                if over > tolerance {
                    violations += 1
                    excess = max(excess, over)
                }
            }
        }
    }
}
