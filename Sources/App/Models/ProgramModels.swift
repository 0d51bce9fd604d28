import Fluent
import FluentKit
import Foundation
import MentoringCore

final class ProgramModel: Model, @unchecked Sendable {
    static let schema = "programs"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "title") var title: String
    @Field(key: "period_start") var periodStart: CalendarDate
    @Field(key: "period_end") var periodEnd: CalendarDate
    @Field(key: "forms") var formsText: String
    @Field(key: "created_at") var createdAt: Date
    /// Days between meetings per form, when the curator changed the standard rhythm; as JSON.
    @OptionalField(key: "rhythm") var rhythmText: String?
    /// The curator's texts of the program's analytic report, as JSON.
    @OptionalField(key: "monitoring_report") var monitoringReportText: String?

    init() {}

    func rhythm(for form: MentoringForm) -> RhythmRule { rhythmRules[form]! }

    /// The rule of every form, its stored JSON read once: what loops over many pairs look up.
    var rhythmRules: [MentoringForm: RhythmRule] {
        let days = StoredJSON.decode([String: Int].self, rhythmText ?? "{}", fallback: [:])
        return Dictionary(
            uniqueKeysWithValues: MentoringForm.allCases.map { form in
                var rule = RhythmRule.standard(for: form)
                if let interval = days[form.rawValue] { rule.meetingIntervalDays = interval }
                return (form, rule)
            })
    }

    var forms: [MentoringForm] {
        get { StoredJSON.decode([String].self, formsText, fallback: []).compactMap(MentoringForm.init(rawValue:)) }
        set { formsText = StoredJSON.encode(newValue.map(\.rawValue)) }
    }

    var period: DateSpan { DateSpan(start: periodStart, end: periodEnd) }

    func apply(_ valid: ProgramInput.Valid) {
        title = valid.title
        periodStart = valid.period.start!
        periodEnd = valid.period.end!
        forms = valid.forms
    }
}

final class VocabularyModel: Model, @unchecked Sendable {
    static let schema = "vocabularies"
    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "organization_id") var organization: OrganizationModel?
    @OptionalParent(key: "municipality_id") var municipality: MunicipalityModel?
    @Field(key: "vocabulary_group") var group: String
    /// One term per line.
    @Field(key: "terms") var terms: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var value: Vocabulary? {
        Vocabulary.Group(rawValue: group).map {
            Vocabulary(group: $0, terms: terms.split(separator: "\n").map(String.init))
        }
    }
}
