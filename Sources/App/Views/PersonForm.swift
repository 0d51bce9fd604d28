import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The fields of the person form, filled from what was typed.
enum PersonForm {
    static func fields(_ input: PersonInput, failure: ValidationFailure?) -> [FormField] {
        let selected = Set(input.categories ?? [])
        return [
            FormField("surname", "Фамилия", value: input.surname, required: true, failure: failure),
            FormField("givenName", "Имя", value: input.givenName, required: true, failure: failure),
            FormField("patronymic", "Отчество", value: input.patronymic, help: "Если есть.", failure: failure),
            FormField(
                "birthDate", "Дата рождения", value: input.birthDate,
                help: "ДД.ММ.ГГГГ, например 14.03.2011. Обязательна для обучающихся и студентов.",
                failure: failure),
            FormField(
                "sex", "Пол", kind: "select", failure: failure,
                options: FormField.options(Person.Sex.self, selected: input.sex, title: \.title, empty: "Не указан")),
            FormField(
                "categories", "Категории", kind: "checkboxes", required: true, failure: failure,
                options: Person.Category.allCases.map {
                    .init(value: $0.rawValue, title: $0.title, selected: selected.contains($0.rawValue))
                }),
            FormField(
                "grade", "Класс или группа", value: input.grade, help: "Для обучающихся: «7Б», «10», «ПК-21».",
                failure: failure),
            FormField("position", "Должность", value: input.position, failure: failure),
            FormField("subjects", "Предметы", value: input.subjects, help: "Через запятую.", failure: failure),
            FormField(
                "teachingExperienceYears", "Педагогический стаж, лет", kind: "number",
                value: input.teachingExperienceYears, failure: failure),
            FormField(
                "isYoungSpecialist", "Молодой специалист", kind: "checkbox", value: input.isYoungSpecialist,
                failure: failure),
            FormField(
                "partnerName", "Организация-партнёр", value: input.partnerName,
                help: "Для представителя работодателя: предприятие, вуз или колледж.", failure: failure),
            FormField("email", "E-mail", kind: "email", value: input.email, failure: failure),
            FormField("phone", "Телефон", kind: "tel", value: input.phone, failure: failure),
        ]
    }

    /// The message of a conflicting edit: what is stored now in the fields where it differs from what was typed.
    static func conflict(typed: PersonInput, stored: PersonInput) -> String {
        let differences = zip(fields(typed, failure: nil), fields(stored, failure: nil))
            .filter { $0.shown != $1.shown }
            .map { "\($1.label) — «\($1.shown.isEmpty ? "не указано" : $1.shown)»" }
        let now = differences.isEmpty ? "" : " Сейчас сохранено: " + differences.joined(separator: "; ") + "."
        return EditConflict.message + now + " В форме — ваши значения: сохраните их, если они верны."
    }
}

extension FormField {
    /// The value as a person reads it: option titles for choices, «да»/«нет» for a checkbox.
    var shown: String {
        switch kind {
        case "select", "checkboxes": options.filter(\.selected).map(\.title).joined(separator: ", ")
        case "checkbox": value == "true" ? "да" : "нет"
        default: value.trimmingCharacters(in: .whitespaces)
        }
    }
}
