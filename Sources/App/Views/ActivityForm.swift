import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The activity form: what it is, when, who, its status, and the evidence that it was done.
enum ActivityForm {
    static func fields(
        _ input: ActivityInput, evidence: EvidenceFields, accounts: [(id: UUID, name: String)],
        suggestions: [EvidenceSuggestion],
        failure: ValidationFailure?
    ) -> [FormField] {
        var fields = [
            FormField("number", "Номер", value: input.number, help: "Как в документе: 2.3, 6.1.1.", failure: failure),
            FormField("title", "Мероприятие", kind: "textarea", value: input.title, required: true, failure: failure),
            FormField(
                "due", "Срок", value: input.due,
                help:
                    "Как пишут в дорожных картах: «Сентябрь – октябрь 2025 г.», «до 28.10.2025», «КТ – ноябрь 2025 г.», «ежемесячно».",
                failure: failure),
            FormField(
                "responsible", "Ответственные", kind: "textarea", value: input.responsible,
                help: "По одному на строку.", failure: failure),
            FormField(
                "responsible_account", "Ответственный сотрудник", kind: "select", failure: failure,
                options: [
                    .init(value: "", title: "— не назначен —", selected: (input.responsibleAccount ?? "").isEmpty)
                ]
                    + accounts.map {
                        .init(
                            value: $0.id.uuidString.lowercased(), title: $0.name,
                            selected: $0.id.uuidString.lowercased() == input.responsibleAccount)
                    }),
            FormField("deliverable", "Результат, вид документа", value: input.deliverable, failure: failure),
            FormField(
                "status", "Статус", kind: "select", failure: failure,
                options: FormField.options(
                    RoadmapActivity.Status.self, selected: input.status ?? "planned", title: \.title)),
            FormField(
                "done_on", "Дата выполнения", value: input.doneOn,
                help: "ДД.ММ.ГГГГ; для «Выполнено» по умолчанию — сегодня.", failure: failure),
            FormField("notes", "Примечания", kind: "textarea", value: input.notes, failure: failure),
            FormField(
                "evidence_title", "Подтверждение: название", value: evidence.title,
                help: "Например: «Приказ № 12 от 01.09.2025», «Протокол педсовета».", failure: failure),
        ]
        if !suggestions.isEmpty {
            fields.append(
                FormField(
                    "evidence_object", "Подтверждение: объект в системе", kind: "select", failure: failure,
                    options: [.init(value: "", title: "—", selected: true)]
                        + suggestions.map {
                            .init(value: $0.path, title: $0.title, selected: $0.path == evidence.object)
                        }))
        }
        fields.append(
            FormField(
                "evidence_link", "Подтверждение: ссылка", value: evidence.link,
                help: "https://… — страница на сайте организации.", failure: failure))
        fields.append(
            FormField(
                "evidence_file", "Подтверждение: файл", kind: "file", help: "PDF, DOCX, XLSX, JPG или PNG до 10 МБ.",
                failure: failure))
        return fields
    }
}

/// The evidence part of the activity form.
struct EvidenceFields: Codable, Sendable {
    var title: String?
    var object: String?
    var link: String?

    enum CodingKeys: String, CodingKey {
        case title = "evidence_title"
        case object = "evidence_object"
        case link = "evidence_link"
    }

    init(title: String? = nil, object: String? = nil, link: String? = nil) {
        self.title = title
        self.object = object
        self.link = link
    }

    /// What to attach, or nil when nothing was given; the object must be one of those offered.
    func input(file: ScanUpload?, offered: [EvidenceSuggestion]) throws -> EvidenceInput? {
        let object = object?.trimmingCharacters(in: .whitespaces) ?? ""
        let link = link?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !object.isEmpty || !link.isEmpty || file != nil else { return nil }
        var page: EvidenceInput.Page?
        if !object.isEmpty {
            guard let suggestion = offered.first(where: { $0.path == object }) else {
                throw ValidationFailure(fields: [CodingKeys.object.rawValue: "Выберите объект из списка."])
            }
            page = .init(title: suggestion.title, object: suggestion.object)
        }
        return EvidenceInput(title: title ?? "", link: link, file: file, page: page)
    }
}

/// An object the system holds that can prove an activity done.
struct EvidenceSuggestion {
    var title: String
    var object: EvidenceObject
    /// The value of the form's choice.
    var path: String { object.path }

    /// Objects matching the activity's deliverable: the base of participants for a base, their consents for
    /// consent collection. Orders, questionnaires and reports join as the system starts producing them.
    static func suggestions(for activity: RoadmapActivity, organizationID: UUID?) -> [EvidenceSuggestion] {
        guard let organizationID else { return [] }
        let text = (activity.title + " " + (activity.deliverable ?? "")).lowercased()
        let people = { (filter: String?) in EvidenceObject.people(organization: organizationID, filter: filter) }
        var result: [EvidenceSuggestion] = []
        if text.contains("согласи") {
            result.append(.init(title: "Участники с действующим согласием", object: people("consent=valid")))
        }
        if activity.deliverableKind == .base || text.contains("баз") {
            if text.contains("наставляем") {
                result.append(.init(title: "База участников: обучающиеся", object: people("category=student")))
            }
            if text.contains("наставник") {
                result.append(.init(title: "База участников: педагоги", object: people("category=teacher")))
            }
            result.append(.init(title: "База участников организации", object: people(nil)))
        }
        return result
    }
}
