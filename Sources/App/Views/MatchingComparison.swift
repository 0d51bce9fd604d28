import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// Two runs of one program side by side: the pairs both propose, and those only one does, with their scores.
struct MatchingComparison {
    let this: MatchingRunDetail
    let other: MatchingRunDetail

    init(_ this: MatchingRunDetail, _ other: MatchingRunDetail) {
        self.this = this
        self.other = other
    }

    func page(_ req: Request) -> TablePage {
        let mine = Dictionary(this.result.pairs.map { ("\($0.mentee)/\($0.mentor)", $0) }) { a, _ in a }
        let theirs = Dictionary(other.result.pairs.map { ("\($0.mentee)/\($0.mentor)", $0) }) { a, _ in a }
        func rows(_ keys: [String], from pairs: [String: ProposedPair]) -> [TablePage.Row] {
            keys.compactMap { pairs[$0] }.map { pair in
                TablePage.Row(cells: [
                    .init(this.roster.mentorName(pair.mentor)), .init(this.roster.menteeName(pair.mentee)),
                    .init(pair.score.score.score),
                ])
            }.sorted { $0.cells[0].text < $1.cells[0].text }
        }
        let both = mine.keys.filter { theirs[$0] != nil }.sorted()
        let onlyMine = mine.keys.filter { theirs[$0] == nil }.sorted()
        let onlyTheirs = theirs.keys.filter { mine[$0] == nil }.sorted()
        let columns = ["Наставник", "Наставляемый", "Балл"]
        let context = this.context
        func summary(_ detail: MatchingRunDetail) -> String {
            let totals = detail.result.totals
            return
                "\(detail.run.createdAt.russianDateTime) (\(detail.result.mode.title.lowercased())): пар \(totals.pairs), "
                + "\(totals.matchedPercent.percent), средний балл \(totals.meanScore.score)"
        }
        return TablePage(
            meta: req.pageMeta(
                "Сравнение подборов",
                breadcrumbs: ProgramController.crumbs(context.organization)
                    + [
                        Link(context.program.title, .program(.id(context.id))),
                        Link("Подбор пар", .matching(.id(context.id))),
                    ],
                scopeName: context.organization.shortName),
            intro: "Этот подбор — \(summary(this)). Другой — \(summary(other)).",
            actions: [
                Link("К этому подбору", .matchingRun(.id(this.id))),
                Link("К другому подбору", .matchingRun(.id(other.id))),
            ],
            filters: nil, bulk: nil,
            tables: [
                .init(
                    title: "Пары в обоих подборах (\(both.count))", columns: columns, rows: rows(both, from: mine),
                    empty: "Общих пар нет."),
                .init(
                    title: "Только в этом подборе (\(onlyMine.count))", columns: columns,
                    rows: rows(onlyMine, from: mine), empty: "Нет."),
                .init(
                    title: "Только в другом подборе (\(onlyTheirs.count))", columns: columns,
                    rows: rows(onlyTheirs, from: theirs), empty: "Нет."),
            ])
    }
}
