import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore

/// A saved matching run: the setup it read (profile ids and their attributes, no names), its proposal and
/// totals, and the curator's locks and forbidden pairs for the next run.
final class MatchingRunModel: Model, @unchecked Sendable {
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

    var setup: MatchSetup {
        get { StoredJSON.decode(MatchSetup.self, setupText, fallback: MatchSetup(mentees: [], mentors: [])) }
        set { setupText = StoredJSON.encode(newValue) }
    }

    var result: MatchResult? {
        get { try? JSONDecoder().decode(MatchResult.self, from: Data(resultText.utf8)) }
        set {
            guard let newValue else { return }
            resultText = StoredJSON.encode(newValue)
            pairs = newValue.totals.pairs
            matchedPercent = newValue.totals.matchedPercent
            meanScore = newValue.totals.meanScore
            unmatched = newValue.unmatched.count
        }
    }

    var isProposed: Bool { status == Status.proposed.rawValue }
}

/// A mentoring pair or group: one mentor profile and its mentees; a draft until an order fixes it.
final class MentorshipModel: Model, @unchecked Sendable {
    static let schema = "mentorships"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Parent(key: "mentor_profile_id") var mentor: MentorProfileModel
    @Field(key: "form") var form: String
    @Field(key: "status") var status: String
    @OptionalField(key: "matching_run_id") var matchingRunID: UUID?
    @OptionalField(key: "score") var score: Double?
    @OptionalField(key: "group_theme") var groupTheme: String?
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$mentorship) var mentees: [MentorshipMenteeModel]

    /// Statuses that hold a mentor's place and keep a mentee out of the next run.
    static let holdingStatuses = ["draft", "fixed", "active"]

    init() {}
}

final class MentorshipMenteeModel: Model, @unchecked Sendable {
    static let schema = "mentorship_mentees"
    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: MentorshipModel
    @Parent(key: "mentee_profile_id") var mentee: MenteeProfileModel

    init() {}
}
