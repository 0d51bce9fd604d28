import Foundation
import MentoringCore

/// The fields of the mentor and mentee profile forms.
enum ProfileForms {
    static func mentor(
        _ input: MentorProfileInput, programForms: [MentoringForm], terms: [String], failure: ValidationFailure?
    ) -> [FormField] {
        let forms = Set(input.forms ?? [])
        let competencies = Set(input.competencies ?? [])
        let roleModels = Set(input.roleModels ?? [])
        return [
            FormField(
                "forms", "Формы наставничества", kind: "checkboxes", required: true, failure: failure,
                options: programForms.map {
                    .init(value: $0.rawValue, title: $0.title, selected: forms.contains($0.rawValue))
                }),
            FormField(
                "role_models", "Ролевые модели", kind: "checkboxes", failure: failure,
                options: programForms.flatMap(\.roleModels).uniqued().map {
                    .init(value: $0, title: $0, selected: roleModels.contains($0))
                }),
            FormField(
                "competencies", "Компетенции", kind: "checkboxes", failure: failure,
                options: (terms + (input.competencies ?? []).filter { !terms.contains($0) }).map {
                    .init(value: $0, title: $0, selected: competencies.contains($0))
                }),
            FormField(
                "competency_notes", "Компетенции своими словами", kind: "textarea", value: input.competencyNotes,
                failure: failure),
            FormField(
                "experience", "Жизненный и профессиональный опыт", kind: "textarea", value: input.experience,
                failure: failure),
            FormField("interests", "Интересы", value: input.interests, help: "Через запятую", failure: failure),
            FormField("mentee_ages", "Возраст или классы наставляемых", value: input.menteeAges, failure: failure),
            FormField("weekly_hours", "Часов в неделю", kind: "number", value: input.weeklyHours, failure: failure),
            FormField(
                "capacity", "Наставляемых одновременно", kind: "number", value: input.capacity, required: true,
                failure: failure),
            FormField(
                "group_allowed", "Готов к групповому наставничеству", kind: "checkbox", value: input.groupAllowed),
            FormField(
                "format", "Формат встреч", kind: "select", failure: failure,
                options: FormField.options(MeetingFormat.self, selected: input.format ?? "any", title: \.title)),
            FormField(
                "offered_to_others", "Можно предлагать другим организациям муниципалитета", kind: "checkbox",
                value: input.offeredToOthers),
            FormField(
                "training_course", "Пройденное обучение: курс", value: input.trainingCourse,
                help: "Заполните, чтобы добавить курс", failure: failure),
            FormField("training_hours", "Часов", kind: "number", value: input.trainingHours, failure: failure),
            FormField(
                "training_date", "Дата окончания", value: input.trainingDate, help: "ДД.ММ.ГГГГ", failure: failure),
            FormField(
                "training_document", "Документ", value: input.trainingDocument, help: "Удостоверение № …",
                failure: failure),
        ]
    }

    static func mentee(
        _ input: MenteeProfileInput, programForms: [MentoringForm], terms: [String], failure: ValidationFailure?
    ) -> [FormField] {
        let requests = Set(input.requests ?? [])
        let all =
            terms + ([input.mainRequest].compactMap { $0 } + (input.requests ?? [])).filter { !terms.contains($0) }
        return [
            FormField(
                "form", "Форма наставничества", kind: "select", required: true, failure: failure,
                options: programForms.map {
                    .init(value: $0.rawValue, title: $0.title, selected: $0.rawValue == input.form)
                }),
            FormField(
                "main_request", "Главный запрос", kind: "select", failure: failure,
                options: [.init(value: "", title: "—", selected: input.mainRequest == nil)]
                    + all.map { .init(value: $0, title: $0, selected: $0 == input.mainRequest) }),
            FormField(
                "requests", "Другие запросы", kind: "checkboxes", failure: failure,
                options: all.map { .init(value: $0, title: $0, selected: requests.contains($0)) }),
            FormField(
                "request_notes", "Запрос своими словами", kind: "textarea", value: input.requestNotes, failure: failure),
            FormField("interests", "Интересы", value: input.interests, help: "Через запятую", failure: failure),
            FormField("weekly_hours", "Часов в неделю", kind: "number", value: input.weeklyHours, failure: failure),
            FormField(
                "format", "Формат встреч", kind: "select", failure: failure,
                options: FormField.options(MeetingFormat.self, selected: input.format ?? "any", title: \.title)),
        ]
    }

    /// The person chooser of a new profile: people of the organization whose category fits the program's forms.
    static func person(
        _ people: [(id: UUID, details: Person.Details)], selected: String?, failure: ValidationFailure?
    ) -> FormField {
        FormField(
            "person", "Участник", kind: "select", required: true, failure: failure,
            options: [.init(value: "", title: "— выберите —", selected: selected == nil)]
                + people.map {
                    .init(
                        value: $0.id.uuidString, title: "\($0.details.fullName), \(BaseRows.role($0.details))",
                        selected: $0.id.uuidString == selected)
                })
    }
}
