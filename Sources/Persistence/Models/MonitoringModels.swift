import FluentKit
import Foundation
import MentoringCore

/// A municipality's figures for one year: denominators, reference date, targets, satisfaction threshold.
package final class MunicipalFiguresModel: Model, @unchecked Sendable {
    package static let schema = "municipal_figures"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "year") package var year: Int
    @OptionalField(key: "children_10_19") package var children10to19: Int?
    @OptionalField(key: "children_15_19") package var children15to19: Int?
    @OptionalField(key: "young_specialists") package var youngSpecialists: Int?
    @Field(key: "reference_date") package var referenceDate: String
    /// Indicator → target per cent, as JSON.
    @Field(key: "targets") package var targetsText: String
    @Field(key: "threshold_of_five") package var thresholdOfFive: Int
    @Field(key: "threshold_of_ten") package var thresholdOfTen: Int
    @Field(key: "updated_by") package var updatedBy: String
    @Field(key: "updated_at") package var updatedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $municipality, $year, $children10to19, $children15to19, $youngSpecialists, $referenceDate,
            $targetsText, $thresholdOfFive, $thresholdOfTen, $updatedBy, $updatedAt,
        ])
    }

    package var value: MunicipalFigures {
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
package final class ProcessResultModel: Model, @unchecked Sendable {
    package static let schema = "process_results"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "period") package var period: String
    @Field(key: "kind") package var kind: ProcessResultKind
    @OptionalField(key: "total") package var total: Int?
    @Field(key: "count") package var count: Int
    @OptionalField(key: "note") package var note: String?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $program, $organization, $period, $kind, $total, $count, $note, $createdBy, $createdAt])
    }

    package var value: ProcessResult {
        ProcessResult(
            period: period, kind: kind, total: total, count: count, note: note
        )
    }
}

/// The curator's words in the program's analytic report; the numbers come from the data.
package struct ProgramReportText: Codable, Equatable, Sendable {
    package static let maxLength = 10_000

    package var strengths = ""
    package var weaknesses = ""
    package var proposals = ""

    package init(strengths: String = "", weaknesses: String = "", proposals: String = "") {
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.proposals = proposals
    }

    /// A missing text is an empty one: the API may send only what changed.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        strengths = try c.decodeIfPresent(String.self, forKey: .strengths) ?? ""
        weaknesses = try c.decodeIfPresent(String.self, forKey: .weaknesses) ?? ""
        proposals = try c.decodeIfPresent(String.self, forKey: .proposals) ?? ""
    }
}

extension ProgramModel {
    package var monitoringReport: ProgramReportText {
        get { StoredJSON.decode(ProgramReportText.self, monitoringReportText ?? "{}", fallback: ProgramReportText()) }
        set { monitoringReportText = StoredJSON.encode(newValue) }
    }
}
