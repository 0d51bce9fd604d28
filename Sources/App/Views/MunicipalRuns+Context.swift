import Matching
import MentoringCore

/// The authority's matching runs over the municipal base (`matching/municipal-runs.leaf`), the latest first.
struct MunicipalRunsContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var url: String
        var when: String
        var mode: String
        var pairs: Int
        var crossPairs: Int
        var matched: String
        var status: String
        var statusTitle: String
        var author: String
    }

    var meta: PageMeta
    var newRun: String
    var bases: String
    var runs: [Row]

    init(meta: PageMeta, municipality: Municipality, runs: [MunicipalRunSummary]) {
        self.meta = meta
        newRun = SiteURL.municipalMatchingNew(.id(municipality.id.rawValue)).path
        bases = SiteURL.municipalBases.path
        self.runs = runs.map { run in
            Row(
                url: SiteURL.municipalMatchingRun(.id(run.id)).path, when: run.createdAt.russianDateTime,
                mode: run.mode.title, pairs: run.pairs, crossPairs: run.crossPairs, matched: run.matchedPercent.percent,
                status: run.status.rawValue, statusTitle: run.status.title, author: run.createdBy)
        }
    }
}
