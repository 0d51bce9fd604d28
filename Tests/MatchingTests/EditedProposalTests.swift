import MentoringCore
import Testing

@testable import Matching

/// A proposal after the curator forbids a pair: the mentee is told who can take them now, not that all are full.
@Suite("A proposal edited by the curator")
struct EditedProposalTests {
    private func teacher(_ id: String) -> MatchMentee {
        MatchMentee(
            id: id, form: .teacherTeacher, organization: "school",
            requests: [MatchRequest(text: "Классное руководство")], experienceYears: 1)
    }

    private func mentor(_ id: String, capacity: Int) -> MatchMentor {
        MatchMentor(
            id: id, forms: [.teacherTeacher], organization: "school", competencies: ["Классное руководство"],
            weeklyHours: 2 * capacity, capacity: capacity, experienceYears: 20)
    }

    /// Two mentees, a mentor with two places and one with one: every mentee gets a pair and a place stays free.
    private var setup: MatchSetup {
        MatchSetup(
            mentees: [teacher("a"), teacher("b")],
            mentors: [mentor("wide", capacity: 2), mentor("one", capacity: 1)])
    }

    private func forbidding(_ pair: ProposedPair, in setup: MatchSetup, _ result: MatchResult) -> MatchResult {
        var setup = setup
        var result = result
        setup.forbidden.append(PairKey(mentee: pair.mentee, mentor: pair.mentor))
        result.pairs.removeAll { $0 == pair }
        return MatchEngine.edited(result, setup: setup)
    }

    @Test func aForbiddenPairLeavesTheMenteeWithTheMentorsWhoHavePlaces() throws {
        let result = try MatchEngine.run(setup)
        #expect(result.pairs.count == 2)
        let removed = result.pairs[0]
        let edited = forbidding(removed, in: setup, result)
        let left = try #require(edited.unmatched.first { $0.mentee == removed.mentee })
        #expect(left.reason == .pairRemoved)
        #expect(left.reason != .mentorsFull, "a place is free: «all suitable mentors are full» would be false")
        #expect(!left.candidates.contains { $0.mentor == removed.mentor }, "the forbidden mentor is not offered again")
        #expect(left.candidates.first?.freePlaces ?? 0 > 0)
        #expect(edited.totals.pairs == 1)
        #expect(edited.totals.unmatched[UnmatchedReason.pairRemoved.rawValue] == 1)
    }

    @Test func theRunsProofIsNoLongerClaimedForEditedPairs() throws {
        let result = try MatchEngine.run(setup)
        #expect(result.proof.editedByCurator == nil)
        #expect(forbidding(result.pairs[0], in: setup, result).proof.editedByCurator == true)
    }

    @Test func aMenteeLeftForLackOfPlacesSeesThePlaceAnEditFreed() throws {
        var crowded = setup
        crowded.mentees.append(teacher("c"))
        crowded.mentors = [mentor("wide", capacity: 2)]
        let result = try MatchEngine.run(crowded)
        let waiting = try #require(result.unmatched.first)
        #expect(waiting.reason == .mentorsFull)
        let edited = forbidding(result.pairs.first { $0.mentee != waiting.mentee }!, in: crowded, result)
        let still = try #require(edited.unmatched.first { $0.mentee == waiting.mentee })
        #expect(still.reason == .placeFreed)
        #expect(still.candidates.first?.freePlaces == 1)
    }
}
