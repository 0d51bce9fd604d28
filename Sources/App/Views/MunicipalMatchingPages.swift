import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// The authority's matching pages, in the shared table layout: the runs of a municipality, and a run's pairs
/// (pairs between organizations first) with the form that passes the chosen pairs to the organizations.
enum MunicipalMatchingPages {
    static func form(
        _ req: Request, municipality: MunicipalityModel, input: MatchingInput, failure: ValidationFailure?,
        problems: [String] = []
    ) -> FormPage {
        let id = municipality.id!
        return FormPage(
            meta: req.pageMeta(
                "Новый подбор по муниципалитету",
                breadcrumbs: [
                    Link(municipality.name, .municipalMonitoring(.id(id))),
                    Link("Подбор пар", .municipalMatching(.id(id))),
                ]),
            form: .init(
                action: SiteURL.municipalMatching(.id(id)).path,
                fields: MatchingRunsPage.fields(input, failure: failure),
                submitTitle: "Запустить подбор", cancelURL: SiteURL.municipalMatching(.id(id)).path,
                intro: problems.isEmpty ? nil : problems.joined(separator: " ")))
    }

    static func run(_ req: Request, detail: MunicipalMatchingDetail, notice: String?, error: String?) -> TablePage {
        let run = detail.run
        let result = detail.result
        let id = detail.municipality.id!
        let pairs = result.pairs.sorted { pairOrder($0, $1, detail) }
        let unmatched = result.unmatched.map { entry in
            TablePage.Row(cells: [
                .init(detail.roster.menteeName(entry.mentee)), .init(detail.organization(of: entry.mentee)),
                .init(entry.reason.title), .init(entry.detail),
            ])
        }
        let totals =
            "Пар: \(result.totals.pairs) (между организациями: \(run.crossPairs)), подобрано \(run.matchedPercent.percent) "
            + "наставляемых, средний балл \(result.totals.meanScore.score). " + MatchingRunPage.proofText(result)
        return TablePage(
            meta: req.pageMeta(
                "Муниципальный подбор от \(run.createdAt.russianDateTime)",
                breadcrumbs: [
                    Link(detail.municipality.name, .municipalMonitoring(.id(id))),
                    Link("Подбор пар", .municipalMatching(.id(id))),
                ]),
            intro: totals,
            actions: [Link("Все подборы", .municipalMatching(.id(id)))],
            bulk: run.isProposed
                ? .init(
                    action: SiteURL.municipalMatchingAccept(.id(detail.id)).path, fields: [],
                    submitTitle: "Передать выбранные пары в организации (все, если не выбрано)", error: error) : nil,
            tables: [
                .init(
                    title: "Предложенные пары",
                    columns: [
                        "Наставник", "Организация наставника", "Наставляемый", "Организация наставляемого", "Балл",
                    ],
                    rows: pairs.map { pair in
                        .init(
                            id: MunicipalMatching.key(pair),
                            cells: [
                                .init(detail.roster.mentorName(pair.mentor)),
                                .init(detail.organization(of: pair.mentor)),
                                .init(detail.roster.menteeName(pair.mentee)),
                                .init(detail.organization(of: pair.mentee)),
                                .init(pair.score.score.score),
                            ])
                    }, empty: "Пар нет.", selectable: run.isProposed),
                .init(
                    title: "Без пары", columns: ["Наставляемый", "Организация", "Причина", "Подробности"],
                    rows: unmatched, empty: "Все подобраны."),
            ],
            notice: notice ?? (run.isProposed ? nil : error))
    }

    /// Pairs between organizations first, then by the mentee's organization and name.
    private static func pairOrder(_ a: ProposedPair, _ b: ProposedPair, _ detail: MunicipalMatchingDetail) -> Bool {
        func key(_ pair: ProposedPair) -> (Int, String, String) {
            (
                detail.profiles.crosses(pair) ? 0 : 1, detail.organization(of: pair.mentee),
                detail.roster.menteeName(pair.mentee)
            )
        }
        return key(a) < key(b)
    }
}
