import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

/// A run's proposal: totals, the pairs as a table and as cards with the explanation, the unmatched with
/// reasons and candidates, and the curator's controls.
struct MatchingRunPage: Encodable {
    struct Criterion: Encodable {
        var title: String
        var value: String
        var share: String
        var contribution: String
        var width: Int
        var detail: String
    }
    struct Pair: Encodable {
        var mentee: String
        var menteeID: String
        var menteeRole: String
        var mentor: String
        var mentorID: String
        var mentorRole: String
        var score: String
        var locked: Bool
        var priority: String?
        var theme: String?
        var covered: [String]
        var uncovered: String?
        var criteria: [Criterion]
    }
    struct Candidate: Encodable {
        var mentor: String
        var mentorID: String
        var score: String
        var places: Int
    }
    struct Unmatched: Encodable {
        var mentee: String
        var menteeID: String
        var reason: String
        var detail: String
        var candidates: [Candidate]
    }
    struct Option: Encodable {
        var value: String
        var title: String
    }

    var meta: PageMeta
    var facts: [Fact]
    var proof: String
    var warnings: [String]
    var pairs: [Pair]
    var unmatched: [Unmatched]
    var proposed: Bool
    var manages: Bool
    /// After acceptance: on to the order that fixes the pairs, with the kind and the program chosen.
    var orderURL: String?
    var notice: String?
    var error: String?
    var runURL: String
    var pairsAction: String
    var moveAction: String
    var rerunAction: String
    var acceptAction: String
    var compareAction: String
    var mentees: [Option]
    var mentors: [Option]
    var otherRuns: [Option]
    var forbidden: [String]

    init(
        layout: PageLayout, detail: MatchingRunDetail, otherRuns: [MatchingRunModel], notice: String? = nil,
        error: String? = nil
    ) throws {
        let context = detail.context
        let result = detail.result
        let roster = detail.roster
        let id = Slot.id(detail.id)
        // A rerun is named as one, with the run it repeats: two runs of one minute no longer look the same.
        let previous = otherRuns.first { $0.id == detail.run.previousRunID }
        let title =
            previous.map {
                "Повторный подбор от \(detail.run.createdAt.russianDateTime) "
                    + "(по подбору от \($0.createdAt.russianDateTime))"
            } ?? "Подбор от \(detail.run.createdAt.russianDateTime)"
        meta = layout.meta(
            title,
            breadcrumbs: try ProgramController.crumbs(context.organization)
                + [
                    Link(context.program.title, .program(.id(context.id))),
                    Link("Подбор пар", .matching(.id(context.id))),
                ],
            scopeName: context.organization.shortName)
        let totals = result.totals
        facts = [
            .init(label: "Режим", value: result.mode.title),
            .init(
                label: "Статус", value: detail.run.status.title
            ),
            .init(
                label: "Пар",
                value: "\(totals.pairs) из \(totals.mentees) наставляемых (\(totals.matchedPercent.percent))"),
            .init(label: "Средний балл", value: totals.meanScore.score),
            .init(
                label: "Без пары",
                value: UnmatchedReason.allCases.compactMap { reason in
                    totals.unmatched[reason.rawValue].map { "\(reason.title.lowercased()): \($0)" }
                }.joined(separator: "; ").nonEmpty ?? "нет"),
        ]
        proof = Self.proofText(result)
        warnings = result.warnings
        pairs = result.pairs.sorted { roster.mentorName($0.mentor) < roster.mentorName($1.mentor) }.map { pair in
            Pair(
                mentee: roster.menteeName(pair.mentee), menteeID: pair.mentee,
                menteeRole: roster.mentees[pair.mentee]?.role ?? "",
                mentor: roster.mentorName(pair.mentor), mentorID: pair.mentor,
                mentorRole: roster.mentors[pair.mentor]?.role ?? "",
                score: pair.score.score.score, locked: pair.locked,
                priority: pair.priority > 0 ? "+" + pair.priority.score : nil,
                theme: pair.groupTheme, covered: pair.score.covered.map { "«\($0.request)» ← \($0.competency)" },
                uncovered: pair.score.uncovered.isEmpty ? nil : pair.score.uncovered.joined(separator: ", "),
                criteria: pair.score.criteria.map { part in
                    Criterion(
                        title: part.criterion.title, value: part.value.score, share: part.share.score,
                        contribution: part.contribution.score, width: Int((part.value * 100).rounded()),
                        detail: part.detail)
                })
        }
        unmatched = result.unmatched.map { item in
            Unmatched(
                mentee: roster.mentees[item.mentee]?.name ?? "Участник без действующего согласия",
                menteeID: item.mentee,
                reason: item.reason.title, detail: item.detail,
                candidates: item.candidates.map {
                    Candidate(
                        mentor: roster.mentorName($0.mentor), mentorID: $0.mentor, score: $0.score.score,
                        places: $0.freePlaces)
                })
        }
        proposed = detail.run.isProposed
        manages = context.access.manages
        orderURL =
            manages && !proposed
            ? SiteURL.newOrder(.id(try context.organization.requireID())).path
                + "?kind=\(OrderKind.fixMentorships.rawValue)&program=\(context.id.uuidString)" : nil
        self.notice = notice
        self.error = error
        runURL = SiteURL.matchingRun(id).path
        pairsAction = SiteURL.matchingPairs(id).path
        moveAction = SiteURL.matchingMove(id).path
        rerunAction = SiteURL.matchingRerun(id).path
        acceptAction = SiteURL.matchingAccept(id).path
        compareAction = SiteURL.matchingCompare(id).path
        mentees = roster.mentees.map { Option(value: $0.key, title: $0.value.name) }.sorted { $0.title < $1.title }
        mentors = roster.mentors.map { Option(value: $0.key, title: $0.value.name) }.sorted { $0.title < $1.title }
        self.otherRuns = try otherRuns.filter { $0.id != detail.id }.map {
            Option(
                value: (try $0.requireID()).uuidString,
                title: "\($0.createdAt.russianDateTime) — \($0.mode.title), пар: \($0.pairs)")
        }
        forbidden = detail.run.setup.forbidden.map {
            "\(roster.menteeName($0.mentee)) – \(roster.mentorName($0.mentor))"
        }
    }

    static func proofText(_ result: MatchResult) -> String {
        let proof = result.proof
        if proof.editedByCurator == true {
            return "Пары изменены куратором после подбора, поэтому оценка подбора к ним больше не относится. "
                + "Повторите подбор: он учтёт запреты и закреплённые пары."
        }
        if let blocking = proof.blockingPairs {
            return
                "Устойчивое паросочетание: блокирующих пар — \(blocking) (никакие наставник и наставляемый не предпочли бы друг друга своим парам)."
        }
        let graph = "проверено пар: \(proof.candidatePairs) из \(proof.allowedPairs) возможных"
        return proof.provedOptimal == true
            ? "Это лучший подбор из возможных: никакое другое распределение не даёт большей суммы баллов "
                + "(с учётом того, кто дольше ждёт наставника); \(graph)."
            : "Подбор хороший, но то, что лучшего нет, не доказано; \(graph)."
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
