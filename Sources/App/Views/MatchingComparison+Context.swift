import Foundation
import Matching
import MentoringCore

/// Two runs of one program side by side (`matching/compare.leaf`): the pairs both propose, and those only one does,
/// with their scores.
struct MatchingComparisonContext: Encodable, Sendable {
    /// One run as the comparison names it.
    struct Run: Encodable, Sendable {
        var url: String
        var when: String
        var mode: String
        var pairs: Int
        var matched: String
        var mean: String

        init(id: UUID, createdAt: Date, result: MatchResult) {
            url = SiteURL.matchingRun(.id(id)).path
            when = createdAt.russianDateTime
            mode = result.mode.title.lowercased()
            pairs = result.totals.pairs
            matched = result.totals.matchedPercent.percent
            mean = result.totals.meanScore.score
        }
    }

    struct Pair: Encodable, Sendable {
        var mentor: String
        var mentee: String
        var score: String
    }

    /// `both`, `this` or `other`: which runs propose the group's pairs.
    struct Group: Encodable, Sendable {
        var kind: String
        var pairs: [Pair]
    }

    var meta: PageMeta
    var this: Run
    var other: Run
    var groups: [Group]

    init(meta: PageMeta, this: Run, other: Run, results: (MatchResult, MatchResult), roster: MatchingRoster) {
        self.meta = meta
        self.this = this
        self.other = other
        let mine = Dictionary(results.0.pairs.map { ("\($0.mentee)/\($0.mentor)", $0) }) { a, _ in a }
        let theirs = Dictionary(results.1.pairs.map { ("\($0.mentee)/\($0.mentor)", $0) }) { a, _ in a }
        func pairs(_ keys: [String], from proposed: [String: ProposedPair]) -> [Pair] {
            keys.compactMap { proposed[$0] }.map { pair in
                Pair(
                    mentor: roster.mentorName(pair.mentor), mentee: roster.menteeName(pair.mentee),
                    score: pair.score.score.score)
            }.sorted { $0.mentor < $1.mentor }
        }
        groups = [
            Group(kind: "both", pairs: pairs(mine.keys.filter { theirs[$0] != nil }.sorted(), from: mine)),
            Group(kind: "this", pairs: pairs(mine.keys.filter { theirs[$0] == nil }.sorted(), from: mine)),
            Group(kind: "other", pairs: pairs(theirs.keys.filter { mine[$0] == nil }.sorted(), from: theirs)),
        ]
    }
}
