import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore

/// What a program's run and a municipality's run keep alike: the setup and the result as JSON, and the totals.
protocol StoredMatchingRun: AnyObject {
    var setupText: String { get set }
    var resultText: String { get set }
    var pairs: Int { get set }
    var matchedPercent: Double { get set }
}

extension StoredMatchingRun {
    var setup: MatchSetup {
        get { StoredJSON.decode(MatchSetup.self, setupText, fallback: MatchSetup(mentees: [], mentors: [])) }
        set { setupText = StoredJSON.encode(newValue) }
    }

    var storedResult: MatchResult? { try? JSONDecoder().decode(MatchResult.self, from: Data(resultText.utf8)) }

    func store(_ result: MatchResult) {
        resultText = StoredJSON.encode(result)
        pairs = result.totals.pairs
        matchedPercent = result.totals.matchedPercent
    }
}

/// A saved matching run: the setup it read (profile ids and their attributes, no names), its proposal and
/// totals, and the curator's locks and forbidden pairs for the next run.
final class MatchingRunModel: Model, StoredMatchingRun, @unchecked Sendable {
    static let schema = "matching_runs"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "mode") var mode: String
    @Field(key: "setup") var setupText: String
    @Field(key: "result") var resultText: String
    @Field(key: "pairs") var pairs: Int
    @Field(key: "matched_percent") var matchedPercent: Double
    @Field(key: "mean_score") var meanScore: Double
    @Field(key: "unmatched") var unmatched: Int
    @Field(key: "status") var status: String
    @OptionalField(key: "previous_run_id") var previousRunID: UUID?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?

    enum Status: String, CaseIterable {
        case proposed
        case accepted

        var title: String { self == .proposed ? "Предложение" : "Принят" }
    }

    init() {}

    var result: MatchResult? {
        get { storedResult }
        set {
            guard let newValue else { return }
            store(newValue)
            meanScore = newValue.totals.meanScore
            unmatched = newValue.unmatched.count
        }
    }

    var isProposed: Bool { status == Status.proposed.rawValue }
}
