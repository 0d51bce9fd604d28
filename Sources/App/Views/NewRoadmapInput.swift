import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The "new roadmap from a template" form.
struct NewRoadmapInput: Codable, Sendable {
    var template: String?
    var owner: String?
    var title: String?
    var periodStart: String?
    var periodEnd: String?

    enum CodingKeys: String, CodingKey {
        case template, owner, title
        case periodStart = "period_start"
        case periodEnd = "period_end"
    }

    static func ownerKey(_ owner: Roadmap.Owner) -> String {
        switch owner {
        case .organization(let id): "organization:\(id.rawValue.uuidString.lowercased())"
        case .authority(let id): "authority:\(id.rawValue.uuidString.lowercased())"
        }
    }

    static func fields(
        _ input: NewRoadmapInput, owners: [(owner: Roadmap.Owner, name: String)], failure: ValidationFailure?
    ) -> [FormField] {
        [
            FormField(
                "template", "Шаблон", kind: "select", required: true, failure: failure,
                options: RoadmapTemplate.all.map {
                    .init(value: $0.id, title: $0.title, selected: $0.id == input.template)
                }),
            FormField(
                "owner", "Чья дорожная карта", kind: "select", required: true, failure: failure,
                options: owners.map {
                    .init(value: ownerKey($0.owner), title: $0.name, selected: ownerKey($0.owner) == input.owner)
                }),
            FormField(
                "title", "Название", value: input.title, help: "Если оставить пустым — название шаблона.",
                failure: failure),
            FormField(
                "period_start", "Начало периода", value: input.periodStart, required: true, help: "ДД.ММ.ГГГГ",
                failure: failure),
            FormField(
                "period_end", "Конец периода", value: input.periodEnd, required: true, help: "ДД.ММ.ГГГГ",
                failure: failure),
        ]
    }

    func validated(owners: [Roadmap.Owner]) throws -> (RoadmapTemplate, Roadmap.Owner, DateSpan, String?) {
        var failure = ValidationFailure()
        let template = template.flatMap(RoadmapTemplate.named)
        if template == nil { failure.add("template", "Выберите шаблон.") }
        let owner = owners.first { Self.ownerKey($0) == self.owner }
        if owner == nil { failure.add("owner", "Выберите организацию или орган управления из списка.") }
        if let template, let owner, template.forAuthority != { if case .authority = owner { true } else { false } }() {
            failure.add(
                "template",
                template.forAuthority
                    ? "Муниципальный шаблон — для органа управления." : "Этот шаблон — для образовательной организации."
            )
        }
        let start = periodStart.flatMap(CalendarDate.init(parsing:))
        let end = periodEnd.flatMap(CalendarDate.init(parsing:))
        if start == nil { failure.add("period_start", "Дата в формате ДД.ММ.ГГГГ.") }
        if end == nil { failure.add("period_end", "Дата в формате ДД.ММ.ГГГГ.") }
        if let start, let end, end <= start { failure.add("period_end", "Конец периода должен быть позже начала.") }
        if let start, let end, end > start.adding(months: 60) {
            failure.add("period_end", "Период дорожной карты — не больше пяти лет.")
        }
        try failure.throwIfAny()
        let title = title?.trimmingCharacters(in: .whitespaces)
        return (template!, owner!, DateSpan(start: start, end: end), title?.isEmpty == false ? title : nil)
    }
}

/// A new stage of a roadmap.
struct StageInput: Codable, Sendable {
    var number: String?
    var title: String?
    var goal: String?
}
