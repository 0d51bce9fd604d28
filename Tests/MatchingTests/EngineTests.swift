import MentoringCore
import Testing

@testable import Matching

private func teacher(
    _ id: String, requests: [String] = ["Классное руководство"], experience: Int = 1, waiting: Int = 0,
    organization: String = "school", ranking: [String] = []
) -> MatchMentee {
    MatchMentee(
        id: id, form: .teacherTeacher, organization: organization,
        requests: requests.map { MatchRequest(text: $0) }, interests: ["Туризм"], weeklyHours: 2,
        experienceYears: experience, waitingDays: waiting, ranking: ranking)
}

private func mentor(
    _ id: String, competencies: [String] = ["Классное руководство"], capacity: Int = 1, experience: Int = 20,
    organization: String = "school", offered: Bool = false, group: Bool = false
) -> MatchMentor {
    MatchMentor(
        id: id, forms: [.teacherTeacher], organization: organization, competencies: competencies,
        interests: ["Туризм"], weeklyHours: 2 * capacity, capacity: capacity, groupAllowed: group,
        offeredToOthers: offered, experienceYears: experience)
}

@Suite("Matching engine")
struct EngineTests {
    @Test(
        "Each hard rule makes the pair impossible",
        arguments: [
            (
                MatchMentor(id: "m", forms: [.studentStudent], organization: "school", experienceYears: 20),
                PairBlock.formNotOffered
            ),
            (mentor("m", experience: 2), .experienceGap),
            (mentor("m", organization: "other"), .otherOrganization),
            (
                MatchMentor(
                    id: "m", forms: [.teacherTeacher], organization: "school", experienceYears: 20, hasConsent: false),
                .noConsent
            ),
            (
                MatchMentor(
                    id: "m", forms: [.teacherTeacher], organization: "school", capacity: 0, experienceYears: 20),
                .noCapacity
            ),
        ])
    func hardRules(other: MatchMentor, block: PairBlock) {
        #expect(PairRules.blocks(teacher("e"), other, rules: .standard) == [block])
    }

    @Test("A mentor of another organization who agreed to be offered is allowed; a student mentor must be senior")
    func allowedAcrossOrganizationsAndSeniority() {
        #expect(
            PairRules.blocks(teacher("e"), mentor("m", organization: "other", offered: true), rules: .standard).isEmpty)
        let junior = MatchMentee(id: "e", form: .studentStudent, organization: "s", grade: 7, age: 13)
        let older = MatchMentor(id: "m", forms: [.studentStudent], organization: "s", grade: 9, age: 15)
        let younger = MatchMentor(id: "m", forms: [.studentStudent], organization: "s", grade: 6, age: 12)
        #expect(PairRules.blocks(junior, older, rules: .standard).isEmpty)
        #expect(PairRules.blocks(junior, younger, rules: .standard) == [.mentorNotSenior])
    }

    @Test("Each criterion moves the score the way a curator expects, and the explanation adds up to it")
    func criteria() throws {
        let setup = MatchSetup(
            mentees: [teacher("e", requests: ["Классное руководство", "ОГЭ"])],
            mentors: [mentor("covers", competencies: ["Классное руководство", "ОГЭ"]), mentor("half")])
        let scorer = PairScorer(setup: setup)
        let full = scorer.score(setup.mentees[0], setup.mentors[0])
        let half = scorer.score(setup.mentees[0], setup.mentors[1])
        #expect(full.score > half.score)
        #expect(half.covered.map(\.request) == ["Классное руководство"] && half.uncovered == ["ОГЭ"])
        for score in [full, half] {
            #expect(abs(score.criteria.reduce(0) { $0 + $1.contribution } - score.score) < 1e-12)
            #expect(abs(score.criteria.reduce(0) { $0 + $1.share } - 1) < 1e-12)
            #expect(
                !score.criteria.contains { $0.criterion == .preferences }, "nobody ranked: the criterion does not apply"
            )
        }
        var remote = setup.mentees[0]
        remote.format = .remote
        var inPerson = setup.mentors[0]
        inPerson.format = .inPerson
        #expect(scorer.score(remote, inPerson).score < full.score)
        remote.ranking = ["covers"]
        let ranked = scorer.score(remote, inPerson)
        #expect(
            ranked.menteeRankOfMentor == 1 && ranked.criteria.contains { $0.criterion == .preferences && $0.value == 1 }
        )
    }

    @Test("A lock stays, a forbidden pair never appears, and the rest is optimal")
    func locksAndForbidden() throws {
        let setup = MatchSetup(
            mentees: [teacher("a"), teacher("b"), teacher("c")],
            mentors: [mentor("x"), mentor("y", capacity: 2)],
            locked: [PairKey(mentee: "a", mentor: "y")], forbidden: [PairKey(mentee: "b", mentor: "x")])
        let result = try MatchEngine.run(setup)
        #expect(result.pair(ofMentee: "a")?.mentor == "y" && result.pair(ofMentee: "a")?.locked == true)
        #expect(result.pair(ofMentee: "b")?.mentor == "y")
        #expect(result.pair(ofMentee: "c")?.mentor == "x")
        #expect(result.proof.provedOptimal == true)
        #expect(try MatchEngine.run(setup) == result, "same input, same output")
    }

    @Test("Unmatched mentees come back with the reason and directive candidates")
    func unmatchedReasons() throws {
        var noConsent = teacher("nc")
        noConsent.hasConsent = false
        let setup = MatchSetup(
            mentees: [teacher("a", waiting: 200), teacher("b"), teacher("novice", experience: 19), noConsent],
            mentors: [mentor("x")])
        let result = try MatchEngine.run(setup)
        #expect(result.pair(ofMentee: "a")?.mentor == "x", "the longer wait wins the only place")
        let reasons = Dictionary(uniqueKeysWithValues: result.unmatched.map { ($0.mentee, $0) })
        #expect(reasons["b"]?.reason == .mentorsFull && reasons["b"]?.candidates.map(\.mentor) == ["x"])
        #expect(reasons["b"]?.candidates.first?.freePlaces == 0)
        #expect(
            reasons["novice"]?.reason == .noAllowedMentor
                && reasons["novice"]?.detail == PairBlock.experienceGap.message)
        #expect(reasons["nc"]?.reason == .noConsent)
        #expect(result.totals.pairs == 1 && result.totals.matchedPercent == 25)
    }

    @Test(
        "Bad setups stop before the run with a clear message",
        arguments: [
            (
                MatchSetup(mentees: [], mentors: [mentor("x")]),
                "Нет наставляемых с действующим согласием: подбирать некого."
            ),
            (
                MatchSetup(mentees: [teacher("a")], mentors: [mentor("x", capacity: 0)]),
                "Нет наставников с действующим согласием и свободными местами."
            ),
            (
                MatchSetup(
                    mentees: [teacher("a")], mentors: [mentor("x", experience: 1)],
                    locked: [PairKey(mentee: "a", mentor: "x")]),
                "Закреплённая пара a – x нарушает правило: \(PairBlock.experienceGap.message)"
            ),
            (
                MatchSetup(
                    mentees: [teacher("a"), teacher("b")], mentors: [mentor("x")],
                    locked: [PairKey(mentee: "a", mentor: "x"), PairKey(mentee: "b", mentor: "x")]),
                "За наставником x закреплено 2 пар при 1 свободных местах."
            ),
            (
                MatchSetup(
                    mentees: [teacher("a")], mentors: [mentor("x")], locked: [PairKey(mentee: "a", mentor: "x")],
                    forbidden: [PairKey(mentee: "a", mentor: "x")]), "Пара a – x одновременно закреплена и запрещена."
            ),
        ])
    func badSetups(setup: MatchSetup, message: String) {
        #expect(throws: MatchSetupError.self) { try MatchEngine.run(setup) }
        do { _ = try MatchEngine.run(setup) } catch { #expect(error.problems.contains(message), "\(error.problems)") }
    }

    @Test("Duplicate and unknown names in a ranking are warned about, not dropped silently")
    func rankingWarnings() throws {
        let setup = MatchSetup(mentees: [teacher("a", ranking: ["x", "x", "ghost"])], mentors: [mentor("x")])
        let result = try MatchEngine.run(setup)
        #expect(result.warnings.count == 2)
        #expect(result.pair(ofMentee: "a")?.score.menteeRankOfMentor == 1)
    }

    @Test("Stable mode follows stated rankings and reports no blocking pair")
    func stableFollowsRankings() throws {
        let setup = MatchSetup(
            mode: .stable, mentees: [teacher("a", ranking: ["y", "x"]), teacher("b", ranking: ["y", "x"])],
            mentors: [
                mentor("x"),
                {
                    var m = mentor("y")
                    m.ranking = ["b", "a"]
                    return m
                }(),
            ])
        let result = try MatchEngine.run(setup)
        #expect(result.pair(ofMentee: "b")?.mentor == "y" && result.pair(ofMentee: "a")?.mentor == "x")
        #expect(result.proof.blockingPairs == 0)
    }

    @Test("Groups mode gives a group mentor several mentees who share the group's theme")
    func groups() throws {
        let setup = MatchSetup(
            mode: .groups,
            mentees: [
                teacher("a", requests: ["ОГЭ"]), teacher("b", requests: ["ОГЭ", "Проекты"]),
                teacher("c", requests: ["Проекты"]),
            ],
            mentors: [mentor("g", competencies: ["ОГЭ", "Проекты"], capacity: 3, group: true), mentor("solo")])
        let result = try MatchEngine.run(setup)
        #expect(Set(result.pairs.map(\.mentee)) == ["a", "b"])
        #expect(result.pairs.allSatisfy { $0.mentor == "g" && $0.groupTheme == "ОГЭ" })
        #expect(result.unmatched.first { $0.mentee == "c" }?.detail == PairBlock.outsideGroupTheme.message)
    }

    @Test("A mentee whose only mentor covering the request is barred or full gets another allowed mentor")
    func coveringMentorBarredLeavesTheOthers() throws {
        var noConsent = mentor("covers")
        noConsent.hasConsent = false
        var full = mentor("covers")
        full.activeMentees = 1
        for covering in [noConsent, full] {
            let other = mentor("other", competencies: ["Проекты"])
            let result = try MatchEngine.run(MatchSetup(mentees: [teacher("e")], mentors: [covering, other]))
            #expect(result.pair(ofMentee: "e")?.mentor == "other")
        }
    }

    @Test("With top-K candidates the optimal mode still reaches and proves the full optimum")
    func topKKeepsOptimum() throws {
        var random = SeededRandom(seed: 5)
        let terms = ["ОГЭ", "ЕГЭ", "Проекты", "Классное руководство", "Цифровые инструменты", "Работа с родителями"]
        let mentees = (0..<60).map { index in
            teacher(
                "e\(index)",
                requests: (0..<(1 + random.below(3))).map { _ in terms[random.below(terms.count)] }.uniqued(),
                experience: random.below(5))
        }
        let mentors = (0..<25).map { index in
            mentor(
                "m\(index)",
                competencies: (0..<(2 + random.below(3))).map { _ in terms[random.below(terms.count)] }.uniqued(),
                capacity: 1 + random.below(3), experience: 8 + random.below(20))
        }
        let full = try MatchEngine.run(MatchSetup(mentees: mentees, mentors: mentors))
        let truncated = try MatchEngine.run(MatchSetup(mentees: mentees, mentors: mentors, topK: 2))
        #expect(truncated.proof.provedOptimal == true)
        #expect(abs(full.totals.totalScore - truncated.totals.totalScore) < 1e-9)
        #expect(truncated.proof.candidatePairs < full.proof.candidatePairs)
    }
}
