/// The numbered pool of a run: the mentees to place, the mentors with their places, the allowed pairs.
struct MatchPool {
    let setup: MatchSetup
    let scorer: PairScorer
    /// Mentees with consent and without a lock, by index.
    let mentees: [MatchMentee]
    let mentors: [MatchMentor]
    /// Places each mentor has for this run after its active mentees and locks.
    let places: [Int]
    /// The allowed mentors of each mentee with the pair's score, best first.
    let allowed: [[Candidate]]
    /// For mentees without any allowed mentor: the rule that stopped most pairs.
    let mainBlock: [PairBlock?]
    let themes: [String?]

    init(_ setup: MatchSetup) {
        self.setup = setup
        scorer = PairScorer(setup: setup)
        let lockedMentees = Set(setup.locked.map(\.mentee))
        mentees = setup.mentees.filter { $0.hasConsent && !lockedMentees.contains($0.id) }
        mentors = setup.mentors
        var locks: [String: Int] = [:]
        for lock in setup.locked { locks[lock.mentor, default: 0] += 1 }
        let groups = setup.mode == .groups
        places = mentors.map { mentor in
            guard mentor.hasConsent, !groups || mentor.groupAllowed else { return 0 }
            return max(0, mentor.freePlaces - (locks[mentor.id] ?? 0))
        }
        themes =
            groups
            ? GroupThemes.choose(mentees: mentees, mentors: mentors, rules: setup.rules) : mentors.map { _ in nil }
        let forbidden = Set(setup.forbidden)
        let index = CompetencyIndex(mentors: mentors)
        var allowed: [[Candidate]] = []
        var mainBlock: [PairBlock?] = []
        let (scorer, mentors, themes, places) = (scorer, mentors, themes, places)
        func allowedPairs(of mentee: MatchMentee, among candidates: [Int]) -> ([Candidate], [PairBlock: Int]) {
            var row: [Candidate] = []
            var blocks: [PairBlock: Int] = [:]
            for j in candidates {
                var broken = PairRules.blocks(mentee, mentors[j], rules: setup.rules, countingPlaces: false)
                if forbidden.contains(PairKey(mentee: mentee.id, mentor: mentors[j].id)) { broken.append(.forbidden) }
                if groups { broken += GroupThemes.blocks(mentee, mentor: mentors[j], theme: themes[j]) }
                if let first = broken.first {
                    blocks[first, default: 0] += 1
                } else {
                    row.append(Candidate(mentor: Int32(j), value: scorer.score(mentee, mentors[j]).score))
                }
            }
            return (row, blocks)
        }
        for mentee in mentees {
            let covering = index.candidates(for: mentee)
            var (row, blocks) = allowedPairs(of: mentee, among: covering)
            // The mentors who cover a request may all be barred or without places: then the others are scored too,
            // or the mentee would be left alone while an allowed mentor has a place. When none is allowed either,
            // the reason given is the one that stopped the mentors who cover a request.
            if covering.count < mentors.count, !row.contains(where: { places[Int($0.mentor)] > 0 }) {
                let scored = Set(covering)
                let (others, othersBlocks) = allowedPairs(
                    of: mentee, among: mentors.indices.filter { !scored.contains($0) })
                if !row.isEmpty || !others.isEmpty {
                    row += others
                    blocks.merge(othersBlocks, uniquingKeysWith: +)
                }
            }
            row.sort(by: Candidate.precedes)
            allowed.append(row)
            mainBlock.append(
                row.isEmpty
                    ? blocks.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?
                        .key : nil)
        }
        self.allowed = allowed
        self.mainBlock = mainBlock
    }

    func lockedPairs() -> [ProposedPair] {
        let mentees = Dictionary(setup.mentees.map { ($0.id, $0) }) { a, _ in a }
        let mentors = Dictionary(setup.mentors.map { ($0.id, $0) }) { a, _ in a }
        return setup.locked.map { lock in
            let mentee = mentees[lock.mentee]!
            return ProposedPair(
                mentee: lock.mentee, mentor: lock.mentor, score: scorer.score(mentee, mentors[lock.mentor]!),
                locked: true, priority: setup.weights.waitlistBonus(days: mentee.waitingDays), groupTheme: nil)
        }
    }

    func solve(progress: @escaping (Int, Int) -> Void) -> (pairs: [ProposedPair], proof: MatchProof) {
        let allowedPairs = allowed.reduce(0) { $0 + $1.count }
        let assignment: Assignment
        let proof: MatchProof
        switch setup.mode {
        case .optimal, .groups:
            let source = PoolSource(pool: self) { mentee, candidate in
                candidate.value + setup.weights.waitlistBonus(days: mentees[mentee].waitingDays)
            }
            let result = OptimalMatching.solve(source, topK: setup.topK) { stage, done in
                if stage == "assignment" { progress(done, mentees.count) }
            }
            assignment = result.assignment
            proof = MatchProof(
                provedOptimal: result.proved, dualBound: result.dualBound, rounds: result.rounds,
                candidatePairs: result.graph.edgeCount, allowedPairs: allowedPairs, blockingPairs: nil)
        case .stable:
            let stable = StablePreferences(pool: self)
            assignment = StableMatching.solve(
                stable.graph, mentorValues: stable.mentorValues, proposing: setup.proposing)
            proof = MatchProof(
                provedOptimal: nil, dualBound: nil, rounds: nil, candidatePairs: stable.graph.edgeCount,
                allowedPairs: allowedPairs,
                blockingPairs: StableMatching.blockingPairs(
                    stable.graph, mentorValues: stable.mentorValues,
                    assignment: assignment))
        }
        var pairs: [ProposedPair] = []
        for (index, mentor) in assignment.mentorOf.enumerated() where mentor >= 0 {
            let mentee = mentees[index]
            let j = Int(mentor)
            pairs.append(
                ProposedPair(
                    mentee: mentee.id, mentor: mentors[j].id, score: scorer.score(mentee, mentors[j]),
                    locked: false, priority: setup.weights.waitlistBonus(days: mentee.waitingDays),
                    groupTheme: themes[j]))
        }
        return (pairs, proof)
    }

    func unmatched(after pairs: [ProposedPair]) -> [UnmatchedMentee] {
        let matched = Set(pairs.map(\.mentee))
        var load: [String: Int] = [:]
        for pair in pairs { load[pair.mentor, default: 0] += 1 }
        var result = setup.mentees.filter { !$0.hasConsent }.map {
            UnmatchedMentee(mentee: $0.id, reason: .noConsent, detail: UnmatchedReason.noConsent.title, candidates: [])
        }
        for (index, mentee) in mentees.enumerated() where !matched.contains(mentee.id) {
            let candidates = allowed[index].prefix(3).map { candidate in
                let mentor = mentors[Int(candidate.mentor)]
                return DirectiveCandidate(
                    mentor: mentor.id, score: candidate.value,
                    freePlaces: max(0, mentor.freePlaces - (load[mentor.id] ?? 0)))
            }
            if let block = mainBlock[index] ?? (allowed[index].isEmpty ? .formNotOffered : nil) {
                result.append(
                    UnmatchedMentee(mentee: mentee.id, reason: .noAllowedMentor, detail: block.message, candidates: []))
            } else {
                result.append(
                    UnmatchedMentee(
                        mentee: mentee.id, reason: .mentorsFull,
                        detail:
                            "Места подходящих наставников (\(allowed[index].count)) заняты парами с большим баллом или приоритетом.",
                        candidates: Array(candidates)))
            }
        }
        return result
    }
}

/// The pool's allowed pairs as a candidate source, with the value the optimiser maximises.
struct PoolSource: CandidateSource {
    let pool: MatchPool
    let value: @Sendable (Int, Candidate) -> Double

    var menteeCount: Int { pool.mentees.count }
    var mentorCount: Int { pool.mentors.count }
    func capacity(ofMentor mentor: Int) -> Int { pool.places[mentor] }
    func forEachCandidate(ofMentee mentee: Int, _ body: (Int32, Double) -> Void) {
        for candidate in pool.allowed[mentee] { body(candidate.mentor, value(mentee, candidate)) }
    }
}

/// Both sides' preference orders for deferred acceptance: stated rankings first, in their order, then the
/// rest by score (a mentor also counts the mentee's waitlist priority).
struct StablePreferences {
    let graph: CandidateGraph
    let mentorValues: [Double]

    init(pool: MatchPool) {
        @Sendable func ranked(_ id: String, in ranking: [String]) -> Double {
            guard let place = ranking.firstIndex(of: id) else { return 0 }
            return 2 + Double(ranking.count - place) / Double(ranking.count)
        }
        let source = PoolSource(pool: pool) { mentee, candidate in
            candidate.value + ranked(pool.mentors[Int(candidate.mentor)].id, in: pool.mentees[mentee].ranking)
        }
        graph = CandidateGraph(source: source, topK: 0)
        var mentorValues: [Double] = []
        mentorValues.reserveCapacity(graph.edgeCount)
        for mentee in 0..<graph.menteeCount {
            let person = pool.mentees[mentee]
            let scores = Dictionary(uniqueKeysWithValues: pool.allowed[mentee].map { ($0.mentor, $0.value) })
            for candidate in graph.candidates(of: mentee) {
                let mentor = pool.mentors[Int(candidate.mentor)]
                let score = scores[candidate.mentor]!
                mentorValues.append(
                    score + pool.setup.weights.waitlistBonus(days: person.waitingDays)
                        + ranked(person.id, in: mentor.ranking))
            }
        }
        self.mentorValues = mentorValues
    }
}
