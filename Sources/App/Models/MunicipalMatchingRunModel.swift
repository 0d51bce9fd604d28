import Fluent
import FluentKit
import Foundation
import Matching

/// The authority's matching run over the municipal base: every program's waiting mentees and every mentor
/// of the municipality's organizations, mentors of another organization only where they agreed to be
/// offered. Profile ids only, like a program's run; accepted pairs go to the mentees' programs as drafts.
final class MunicipalMatchingRunModel: Model, StoredMatchingRun, @unchecked Sendable {
    static let schema = "municipal_matching_runs"
    @ID(key: .id) var id: UUID?
    @Parent(key: "municipality_id") var municipality: MunicipalityModel
    @Field(key: "mode") var mode: String
    @Field(key: "setup") var setupText: String
    @Field(key: "result") var resultText: String
    @Field(key: "pairs") var pairs: Int
    @Field(key: "cross_pairs") var crossPairs: Int
    @Field(key: "matched_percent") var matchedPercent: Double
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?

    init() {}

    var result: MatchResult? {
        get { storedResult }
        set { if let newValue { store(newValue) } }
    }

    var isProposed: Bool { status == MatchingRunModel.Status.proposed.rawValue }
}
