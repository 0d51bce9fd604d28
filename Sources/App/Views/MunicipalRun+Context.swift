import Foundation
import Matching
import MentoringCore

/// An authority's matching run (`matching/municipal-run.leaf`): pairs between organizations first, then by the
/// mentee's organization and name, with the form that passes the chosen pairs to the organizations while the run is
/// a proposal, and the mentees left without a pair.
struct MunicipalRunContext: Encodable, Sendable {
    struct Pair: Encodable, Sendable {
        var key: String
        var mentor: String
        var mentorOrganization: String
        var mentee: String
        var menteeOrganization: String
        var score: String
    }

    struct Unmatched: Encodable, Sendable {
        var mentee: String
        var organization: String
        var reason: String
        var detail: String
    }

    var meta: PageMeta
    var totals: String
    var runs: String
    var notice: String?
    var bulk: TablePage.Bulk?
    var pairs: [Pair]
    var unmatched: [Unmatched]

    /// Who is who in the run: names from the roster, organizations by profile.
    struct People {
        var roster: MatchingRoster
        var profiles: ProfileOrganizations
        var organizationNames: [String: String]

        func organization(of profile: String) -> String {
            organizationNames[profiles.organization[profile] ?? ""] ?? ""
        }
    }

    init(
        meta: PageMeta, run: MunicipalRunSummary, municipality: Municipality, result: MatchResult, people: People,
        notice: String?, error: String?
    ) {
        self.meta = meta
        let proposed = run.status == .proposed
        totals =
            "Пар: \(result.totals.pairs) (между организациями: \(run.crossPairs)), подобрано "
            + "\(run.matchedPercent.percent) наставляемых, средний балл \(result.totals.meanScore.score). "
            + MatchingRunPage.proofText(result)
        runs = SiteURL.municipalMatching(.id(municipality.id.rawValue)).path
        self.notice = notice ?? (proposed ? nil : error)
        bulk =
            proposed
            ? TablePage.Bulk(
                action: SiteURL.municipalMatchingAccept(.id(run.id)).path, fields: [],
                submitTitle: "Передать выбранные пары в организации (все, если не выбрано)", error: error) : nil
        func order(_ pair: ProposedPair) -> (Int, String, String) {
            (
                people.profiles.crosses(pair) ? 0 : 1, people.organization(of: pair.mentee),
                people.roster.menteeName(pair.mentee)
            )
        }
        pairs = result.pairs.sorted { order($0) < order($1) }.map { pair in
            Pair(
                key: MunicipalMatching.key(pair), mentor: people.roster.mentorName(pair.mentor),
                mentorOrganization: people.organization(of: pair.mentor), mentee: people.roster.menteeName(pair.mentee),
                menteeOrganization: people.organization(of: pair.mentee), score: pair.score.score.score)
        }
        unmatched = result.unmatched.map { entry in
            Unmatched(
                mentee: people.roster.menteeName(entry.mentee), organization: people.organization(of: entry.mentee),
                reason: entry.reason.title, detail: entry.detail)
        }
    }
}
