import MentoringCore
import PropertyBased
import Testing

@testable import Matching

/// Matching on generated bases: whatever a curator's bases hold, every proposed pair keeps the hard rules, no mentor
/// gets more mentees than places, every mentee is either paired or told why not, the same bases give the same
/// proposal, the optimal mode reaches the best total an exhaustive search finds, and the stable mode leaves no
/// blocking pair. A failure prints the smallest bases that still fail and the seed that replays them.
@Suite("Matching properties")
struct MatchingPropertyTests {
    @Test(
        "Every pair keeps the hard rules and the mentor's places; every mentee is paired or told why not",
        arguments: MatchMode.allCases)
    func pairsKeepTheRules(mode: MatchMode) async {
        await propertyCheck(count: 400, input: GeneratedBases.setup) { setup in
            var setup = setup
            setup.mode = mode
            let result = try MatchEngine.run(setup)
            let mentees = Dictionary(uniqueKeysWithValues: setup.mentees.map { ($0.id, $0) })
            let mentors = Dictionary(uniqueKeysWithValues: setup.mentors.map { ($0.id, $0) })
            for pair in result.pairs {
                let allowed = GeneratedBases.allowed(mentees[pair.mentee]!, mentors[pair.mentor]!, in: setup)
                #expect(allowed, "\(pair.mentee) → \(pair.mentor)")
            }
            for mentor in setup.mentors {
                #expect(result.pairs.filter { $0.mentor == mentor.id }.count <= mentor.freePlaces, "\(mentor.id)")
            }
            let paired = result.pairs.map(\.mentee)
            let told = result.unmatched.map(\.mentee)
            #expect(Set(paired).count == paired.count && Set(told).count == told.count)
            #expect(Set(paired).isDisjoint(with: told))
            #expect(Set(paired + told) == Set(setup.mentees.map(\.id)))
            #expect(try MatchEngine.run(setup) == result, "the same bases, the same proposal")
        }
    }

    @Test("The optimal mode reaches the best total of an exhaustive search and proves it")
    func optimalIsTheExhaustiveBest() async {
        await propertyCheck(count: 400, input: GeneratedBases.setup) { setup in
            let result = try MatchEngine.run(setup)
            let reached = result.pairs.reduce(0) { $0 + $1.score.score + $1.priority }
            #expect(abs(reached - GeneratedBases.Evaluation(setup).bestTotal()) < 1e-9)
            #expect(result.proof.provedOptimal == true)
        }
    }

    @Test("The optimum does not depend on the order of the bases")
    func orderOfTheBasesDoesNotMatter() async {
        await propertyCheck(count: 400, input: GeneratedBases.setup) { setup in
            var reversed = setup
            reversed.mentees.reverse()
            reversed.mentors.reverse()
            let one = try MatchEngine.run(setup).totals.totalScore
            let other = try MatchEngine.run(reversed).totals.totalScore
            #expect(abs(one - other) < 1e-9)
        }
    }

    @Test(
        "The stable mode leaves no blocking pair, proposing from either side",
        arguments: StableMatching.Proposing.allCases)
    func stableHasNoBlockingPair(proposing: StableMatching.Proposing) async {
        await propertyCheck(count: 400, input: GeneratedBases.setup) { setup in
            var setup = setup
            setup.mode = .stable
            setup.proposing = proposing
            let result = try MatchEngine.run(setup)
            #expect(result.proof.blockingPairs == 0)
        }
    }
}
