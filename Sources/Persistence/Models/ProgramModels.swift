import FluentKit
import Foundation
import MentoringCore

package final class ProgramModel: Model, @unchecked Sendable {
    package static let schema = "programs"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "title") package var title: String
    @Field(key: "period_start") package var periodStart: CalendarDate
    @Field(key: "period_end") package var periodEnd: CalendarDate
    @Field(key: "forms") package var formsText: String
    @Field(key: "created_at") package var createdAt: Date
    /// Days between meetings per form, when the curator changed the standard rhythm; as JSON.
    @OptionalField(key: "rhythm") package var rhythmText: String?
    /// The curator's texts of the program's analytic report, as JSON.
    @OptionalField(key: "monitoring_report") package var monitoringReportText: String?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $title, $periodStart, $periodEnd, $formsText, $createdAt, $rhythmText,
            $monitoringReportText,
        ])
    }

    package func rhythm(for form: MentoringForm) -> RhythmRule { rhythmRules[form]! }

    /// The rule of every form, its stored JSON read once: what loops over many pairs look up.
    package var rhythmRules: [MentoringForm: RhythmRule] {
        let days = StoredJSON.decode([String: Int].self, rhythmText ?? "{}", fallback: [:])
        return Dictionary(
            uniqueKeysWithValues: MentoringForm.allCases.map { form in
                var rule = RhythmRule.standard(for: form)
                if let interval = days[form.rawValue] { rule.meetingIntervalDays = interval }
                return (form, rule)
            })
    }

    package var forms: [MentoringForm] {
        get { StoredJSON.decode([String].self, formsText, fallback: []).compactMap(MentoringForm.init(rawValue:)) }
        set { formsText = StoredJSON.encode(newValue.map(\.rawValue)) }
    }

    package var period: DateSpan { DateSpan(start: periodStart, end: periodEnd) }

    package var value: Program {
        get throws {
            Program(
                id: .init(try requireID()), organizationID: .init($organization.id), title: title, period: period,
                forms: forms)
        }
    }

    package func apply(_ valid: ProgramInput.Valid) {
        title = valid.title
        periodStart = valid.period.start!
        periodEnd = valid.period.end!
        forms = valid.forms
    }
}

package final class VocabularyModel: Model, @unchecked Sendable {
    package static let schema = "vocabularies"
    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "organization_id") package var organization: OrganizationModel?
    @OptionalParent(key: "municipality_id") package var municipality: MunicipalityModel?
    @Field(key: "vocabulary_group") package var group: String
    /// One term per line.
    @Field(key: "terms") package var terms: String
    @Field(key: "updated_at") package var updatedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $municipality, $group, $terms, $updatedAt])
    }

    package var value: Vocabulary? {
        Vocabulary.Group(rawValue: group).map {
            Vocabulary(group: $0, terms: terms.split(separator: "\n").map(String.init))
        }
    }
}
