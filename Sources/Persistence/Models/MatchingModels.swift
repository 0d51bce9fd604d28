import FluentKit
import Foundation
import Matching
import MentoringCore

/// What a program's run and a municipality's run keep alike: the setup and the result as JSON, and the totals.
package protocol StoredMatchingRun: AnyObject {
    var setupText: String { get set }
    var resultText: String { get set }
    var pairs: Int { get set }
    var matchedPercent: Double { get set }
}

extension StoredMatchingRun {
    package var setup: MatchSetup {
        get { StoredJSON.decode(MatchSetup.self, setupText, fallback: MatchSetup(mentees: [], mentors: [])) }
        set { setupText = StoredJSON.encode(newValue) }
    }

    package var storedResult: MatchResult? { try? JSONDecoder().decode(MatchResult.self, from: Data(resultText.utf8)) }

    package func store(_ result: MatchResult) {
        resultText = StoredJSON.encode(result)
        pairs = result.totals.pairs
        matchedPercent = result.totals.matchedPercent
    }
}

/// A saved matching run: the setup it read (profile ids and their attributes, no names), its proposal and
/// totals, and the curator's locks and forbidden pairs for the next run.
package final class MatchingRunModel: Model, StoredMatchingRun, @unchecked Sendable {
    package static let schema = "matching_runs"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "mode") package var mode: MatchMode
    @Field(key: "setup") package var setupText: String
    @Field(key: "result") package var resultText: String
    @Field(key: "pairs") package var pairs: Int
    @Field(key: "matched_percent") package var matchedPercent: Double
    @Field(key: "mean_score") package var meanScore: Double
    @Field(key: "unmatched") package var unmatched: Int
    @Field(key: "status") package var status: Status
    @OptionalField(key: "previous_run_id") package var previousRunID: UUID?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "accepted_at") package var acceptedAt: Date?

    package typealias Status = MatchingRunStatus

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $program, $organization, $mode, $setupText, $resultText, $pairs, $matchedPercent, $meanScore,
            $unmatched, $status, $previousRunID, $createdBy, $createdAt, $acceptedAt,
        ])
    }

    package var result: MatchResult? {
        get { storedResult }
        set {
            guard let newValue else { return }
            store(newValue)
            meanScore = newValue.totals.meanScore
            unmatched = newValue.unmatched.count
        }
    }

    package var isProposed: Bool { status == .proposed }
}
