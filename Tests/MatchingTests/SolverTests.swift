import Testing

@testable import Matching

/// A small random problem given as a full value table (0 = pair not allowed).
struct TableSource: CandidateSource {
    var values: [[Double]]
    var capacities: [Int]

    var menteeCount: Int { values.count }
    var mentorCount: Int { capacities.count }
    func capacity(ofMentor mentor: Int) -> Int { capacities[mentor] }
    func forEachCandidate(ofMentee mentee: Int, _ body: (Int32, Double) -> Void) {
        for (mentor, value) in values[mentee].enumerated() where value > 0 { body(Int32(mentor), value) }
    }

    init(seed: UInt64, mentees: Int, mentors: Int, maxCapacity: Int = 2) {
        var random = SeededRandom(seed: seed)
        capacities = (0..<mentors).map { _ in random.below(maxCapacity + 1) }
        values = (0..<mentees).map { _ in
            (0..<mentors).map { _ in random.below(3) == 0 ? 0 : Double(1 + random.below(8)) / 8 }
        }
    }

    /// The best total over every assignment, by exhaustive search.
    func bruteForce() -> Double {
        var load = Array(repeating: 0, count: mentorCount)
        func best(from mentee: Int) -> Double {
            guard mentee < menteeCount else { return 0 }
            var result = best(from: mentee + 1)
            for mentor in 0..<mentorCount where values[mentee][mentor] > 0 && load[mentor] < capacities[mentor] {
                load[mentor] += 1
                result = max(result, values[mentee][mentor] + best(from: mentee + 1))
                load[mentor] -= 1
            }
            return result
        }
        return best(from: 0)
    }
}

struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

@Suite("Solvers")
struct SolverTests {
    @Test("The optimal assignment equals an exhaustive search on 400 random problems, with any top-K")
    func optimalMatchesBruteForce() {
        for seed in 0..<400 {
            let source = TableSource(seed: UInt64(seed), mentees: 1 + seed % 7, mentors: 1 + seed % 4)
            let expected = source.bruteForce()
            for topK in [0, 1, 2] {
                let result = OptimalMatching.solve(source, topK: topK)
                #expect(abs(result.assignment.total - expected) < 1e-9, "seed \(seed), K \(topK)")
                #expect(result.proved)
                #expect(abs(result.dualBound - expected) < 1e-9, "the duals prove the optimum, seed \(seed)")
                let loads = result.assignment.loads(mentorCount: source.mentorCount)
                #expect(zip(loads, source.capacities).allSatisfy { $0 <= $1 })
                for (mentee, mentor) in result.assignment.mentorOf.enumerated() where mentor >= 0 {
                    #expect(source.values[mentee][Int(mentor)] > 0)
                }
            }
        }
    }

    @Test("A small top-K graph reaches the same optimum as all pairs on larger random problems, proved")
    func topKRoundsReachTheFullOptimum() {
        for seed in 0..<30 {
            let source = TableSource(seed: UInt64(500 + seed), mentees: 150 + seed, mentors: 40, maxCapacity: 3)
            let full = OptimalMatching.solve(source, topK: 0)
            let sparse = OptimalMatching.solve(source, topK: 2)
            #expect(full.proved && sparse.proved, "seed \(seed)")
            #expect(abs(full.assignment.total - sparse.assignment.total) < 1e-9, "seed \(seed)")
            #expect(sparse.graph.edgeCount < full.graph.edgeCount)
        }
    }

    @Test("Many mentees wanting the same places equally (a price war) still end at the optimum")
    func equalValuesEndOptimal() {
        let source = TableSource(
            values: Array(repeating: Array(repeating: 0.5, count: 20), count: 60),
            capacities: Array(repeating: 1, count: 19) + [3])
        let result = OptimalMatching.solve(source, topK: 0)
        #expect(result.assignment.matchedCount == 22)
        #expect(abs(result.assignment.total - 11) < 1e-9)
        #expect(result.proved)
    }

    @Test("No pair left out of a top-K graph is worth more than its mentee's or its mentor's left-out bound")
    func leftOutBoundsHold() {
        let source = TableSource(seed: 99, mentees: 3000, mentors: 30, maxCapacity: 3)
        let graph = CandidateGraph(source: source, topK: 3)
        for mentee in stride(from: 0, to: source.menteeCount, by: 7) {
            let kept = Set(graph.candidates(of: mentee).map(\.mentor))
            for (mentor, value) in source.values[mentee].enumerated() where value > 0 && !kept.contains(Int32(mentor)) {
                #expect(value <= graph.bestLeftOut[mentee] && value <= graph.mentorLeftOut[mentor], "mentee \(mentee)")
            }
        }
        #expect(graph.allowedCount.reduce(0) { $0 + Int($1) } == source.values.joined().filter { $0 > 0 }.count)
    }

    @Test("Deferred acceptance leaves no blocking pair on 300 random problems, proposing from either side")
    func stableHasNoBlockingPairs() {
        for seed in 0..<300 {
            let source = TableSource(
                seed: UInt64(1000 + seed), mentees: 2 + seed % 9, mentors: 1 + seed % 5, maxCapacity: 3)
            let graph = CandidateGraph(source: source, topK: 0)
            var random = SeededRandom(seed: UInt64(seed))
            let mentorValues = (0..<graph.edgeCount).map { _ in Double(random.below(5)) }
            for side in StableMatching.Proposing.allCases {
                let result = StableMatching.solve(graph, mentorValues: mentorValues, proposing: side)
                #expect(independentBlockingPairs(graph, mentorValues, result) == 0, "seed \(seed), \(side)")
                #expect(StableMatching.blockingPairs(graph, mentorValues: mentorValues, assignment: result) == 0)
            }
        }
    }

    @Test("With one symmetric score the stable matching is the score-ordered greedy one")
    func stableEqualsGreedyOnSymmetricScores() {
        let source = TableSource(seed: 7, mentees: 30, mentors: 10, maxCapacity: 3)
        let graph = CandidateGraph(source: source, topK: 0)
        let stable = StableMatching.solve(graph, mentorValues: graph.values)
        var edges = (0..<source.menteeCount).flatMap { mentee in graph.candidates(of: mentee).map { (mentee, $0) } }
        edges.sort { a, b in a.1.value > b.1.value || (a.1.value == b.1.value && (a.0, a.1.mentor) < (b.0, b.1.mentor))
        }
        var greedy = Array(repeating: Int32(-1), count: source.menteeCount)
        var load = Array(repeating: 0, count: source.mentorCount)
        for (mentee, candidate) in edges
        where greedy[mentee] < 0 && load[Int(candidate.mentor)] < source.capacities[Int(candidate.mentor)] {
            greedy[mentee] = candidate.mentor
            load[Int(candidate.mentor)] += 1
        }
        #expect(stable.mentorOf == greedy)
    }

    @Test("A stable matching with a deliberately bad pair is reported as blocked")
    func blockingPairsAreCounted() {
        let source = TableSource(values: [[1, 0.5], [0.5, 1]], capacities: [1, 1])
        let graph = CandidateGraph(source: source, topK: 0)
        var swapped = Assignment(mentorOf: [1, 0], valueOf: [0.5, 0.5])
        #expect(StableMatching.blockingPairs(graph, mentorValues: graph.values, assignment: swapped) == 2)
        swapped.mentorOf = [0, 1]
        #expect(StableMatching.blockingPairs(graph, mentorValues: graph.values, assignment: swapped) == 0)
    }

    private func independentBlockingPairs(
        _ graph: CandidateGraph, _ mentorValues: [Double], _ result: Assignment
    ) -> Int {
        var count = 0
        func mentorValue(_ mentee: Int, _ mentor: Int32) -> Double {
            let edge = (graph.rowStart[mentee]..<graph.rowStart[mentee + 1]).first { graph.mentors[$0] == mentor }!
            return mentorValues[edge]
        }
        for mentee in 0..<graph.menteeCount {
            let row = graph.candidates(of: mentee)
            let current = row.firstIndex { $0.mentor == result.mentorOf[mentee] } ?? row.count
            for candidate in row[..<current] {
                let mentor = candidate.mentor
                let held = (0..<graph.menteeCount).filter { result.mentorOf[$0] == mentor }
                let mine = mentorValue(mentee, mentor)
                if held.count < Int(graph.capacities[Int(mentor)])
                    || held.contains(where: {
                        mentorValue($0, mentor) < mine || (mentorValue($0, mentor) == mine && $0 > mentee)
                    })
                {
                    count += 1
                }
            }
        }
        return count
    }
}

extension TableSource {
    init(values: [[Double]], capacities: [Int]) {
        self.values = values
        self.capacities = capacities
    }
}
