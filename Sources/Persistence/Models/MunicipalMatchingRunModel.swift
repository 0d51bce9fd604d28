import FluentKit
import Foundation
import Matching

/// The authority's matching run over the municipal base: every program's waiting mentees and every mentor
/// of the municipality's organizations, mentors of another organization only where they agreed to be
/// offered. Profile ids only, like a program's run; accepted pairs go to the mentees' programs as drafts.
package final class MunicipalMatchingRunModel: Model, StoredMatchingRun, @unchecked Sendable {
    package static let schema = "municipal_matching_runs"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "mode") package var mode: MatchMode
    @Field(key: "setup") package var setupText: String
    @Field(key: "result") package var resultText: String
    @Field(key: "pairs") package var pairs: Int
    @Field(key: "cross_pairs") package var crossPairs: Int
    @Field(key: "matched_percent") package var matchedPercent: Double
    @Field(key: "status") package var status: MatchingRunModel.Status
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "accepted_at") package var acceptedAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $municipality, $mode, $setupText, $resultText, $pairs, $crossPairs, $matchedPercent, $status,
            $createdBy, $createdAt, $acceptedAt,
        ])
    }

    package var result: MatchResult? {
        get { storedResult }
        set { if let newValue { store(newValue) } }
    }

    package var isProposed: Bool { status == .proposed }

    package var summary: MunicipalRunSummary {
        get throws {
            MunicipalRunSummary(
                id: try requireID(), createdAt: createdAt, createdBy: createdBy, mode: mode, status: status,
                pairs: pairs, crossPairs: crossPairs, matchedPercent: matchedPercent)
        }
    }
}
