import Fluent
import FluentKit
import Foundation
import MentoringCore

/// A municipality's figures for one year: denominators, reference date, targets, satisfaction threshold.
final class MunicipalFiguresModel: Model, @unchecked Sendable {
    static let schema = "municipal_figures"
    @ID(key: .id) var id: UUID?
    @Parent(key: "municipality_id") var municipality: MunicipalityModel
    @Field(key: "year") var year: Int
    @OptionalField(key: "children_10_19") var children10to19: Int?
    @OptionalField(key: "children_15_19") var children15to19: Int?
    @OptionalField(key: "young_specialists") var youngSpecialists: Int?
    @Field(key: "reference_date") var referenceDate: String
    /// Indicator → target per cent, as JSON.
    @Field(key: "targets") var targetsText: String
    @Field(key: "threshold_of_five") var thresholdOfFive: Int
    @Field(key: "threshold_of_ten") var thresholdOfTen: Int
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var value: MunicipalFigures {
        get {
            MunicipalFigures(
                year: year, children10to19: children10to19, children15to19: children15to19,
                youngSpecialists: youngSpecialists,
                referenceDate: CalendarDate(parsing: referenceDate),
                targets: StoredJSON.decode([MunicipalIndicator: Double].self, targetsText, fallback: [:]),
                threshold: SatisfactionThreshold(ofFive: thresholdOfFive, ofTen: thresholdOfTen))
        }
        set {
            year = newValue.year
            children10to19 = newValue.children10to19
            children15to19 = newValue.children15to19
            youngSpecialists = newValue.youngSpecialists
            referenceDate = newValue.referenceDate.description
            targetsText = StoredJSON.encode(newValue.targets)
            thresholdOfFive = newValue.threshold.ofFive
            thresholdOfTen = newValue.threshold.ofTen
        }
    }
}

/// A process result entered by hand for a program and a period.
final class ProcessResultModel: Model, @unchecked Sendable {
    static let schema = "process_results"
    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "period") var period: String
    @Field(key: "kind") var kind: ProcessResultKind
    @OptionalField(key: "total") var total: Int?
    @Field(key: "count") var count: Int
    @OptionalField(key: "note") var note: String?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var value: ProcessResult {
        ProcessResult(
            period: period, kind: kind, total: total, count: count, note: note
        )
    }
}

/// The curator's words in the program's analytic report; the numbers come from the data.
struct ProgramReportText: Codable, Equatable, Sendable {
    static let maxLength = 10_000

    var strengths = ""
    var weaknesses = ""
    var proposals = ""

    init(strengths: String = "", weaknesses: String = "", proposals: String = "") {
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.proposals = proposals
    }

    /// A missing text is an empty one: the API may send only what changed.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        strengths = try c.decodeIfPresent(String.self, forKey: .strengths) ?? ""
        weaknesses = try c.decodeIfPresent(String.self, forKey: .weaknesses) ?? ""
        proposals = try c.decodeIfPresent(String.self, forKey: .proposals) ?? ""
    }
}

extension ProgramModel {
    var monitoringReport: ProgramReportText {
        get { StoredJSON.decode(ProgramReportText.self, monitoringReportText ?? "{}", fallback: ProgramReportText()) }
        set { monitoringReportText = StoredJSON.encode(newValue) }
    }
}
