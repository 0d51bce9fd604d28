import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The columns and cells of the bases, shared by the pages and the exports so that both say the same.
enum BaseRows {
    static func role(_ details: Person.Details) -> String {
        details.position ?? details.grade.map { "\($0) класс" }
            ?? details.categories.map(\.title).joined(separator: ", ")
    }

    static func contacts(_ details: Person.Details) -> String {
        [details.phone, details.email].compactMap { $0 }.joined(separator: ", ")
    }

    static let mentorHeader = [
        "ФИО", "Категория, должность", "Контакты", "Компетенции", "Формы наставничества", "Часов в неделю",
        "Наставляемых", "Статус", "Программа",
    ]

    static func mentorCells(_ entry: MentorEntry, program: String) -> [String] {
        let p = entry.profile.value
        let details = entry.person.details
        return [
            details.fullName,
            [details.categories.map(\.title).joined(separator: ", "), details.position].compactMap { $0 }.joined(
                separator: ", "),
            contacts(details), (p.competencies + [p.competencyNotes].compactMap { $0 }).joined(separator: "; "),
            p.forms.map(\.title).joined(separator: "; "), p.weeklyHours.map(String.init) ?? "",
            "\(p.capacity)\(p.groupAllowed ? ", группа" : "")", p.status.title, program,
        ]
    }

    static let menteeHeader = [
        "ФИО", "Категория, класс или должность", "Контакты", "Запросы", "Форма наставничества", "Часов в неделю",
        "Статус", "Программа",
    ]

    static func menteeCells(_ entry: MenteeEntry, program: String) -> [String] {
        let p = entry.profile.value
        let details = entry.person.details
        return [
            details.fullName,
            [details.categories.map(\.title).joined(separator: ", "), details.grade ?? details.position].compactMap {
                $0
            }.joined(separator: ", "),
            contacts(details),
            ([p.requestsText] + [p.requestNotes].compactMap { $0 }).filter { !$0.isEmpty }.joined(separator: "; "),
            p.form.title, p.weeklyHours.map(String.init) ?? "", p.status.title, program,
        ]
    }
}

/// What a base page can be narrowed to.
struct BaseFilter: Codable, Sendable {
    var form: String?
    var term: String?
    var status: String?
    var hours: String?

    func keeps(forms: [MentoringForm], terms: [String], status: String, hours: Int?) -> Bool {
        if let form = nonEmpty(self.form), !forms.map(\.rawValue).contains(form) { return false }
        if let term = nonEmpty(self.term), !terms.contains(term) { return false }
        if let wanted = nonEmpty(self.status), wanted != status { return false }
        if let minimum = nonEmpty(self.hours).flatMap(Int.init), (hours ?? 0) < minimum { return false }
        return true
    }

    private func nonEmpty(_ text: String?) -> String? { text?.isEmpty == false ? text : nil }

    func fields<S: CaseIterable & RawRepresentable>(
        statuses: S.Type, title: (S) -> String, forms: [MentoringForm], terms: [String],
        termLabel: String
    ) -> [FormField] where S.RawValue == String {
        [
            FormField(
                "form", "Форма", kind: "select",
                options: [.init(value: "", title: "Все", selected: (form ?? "").isEmpty)]
                    + forms.map { .init(value: $0.rawValue, title: $0.title, selected: $0.rawValue == form) }),
            FormField(
                "term", termLabel, kind: "select",
                options: [.init(value: "", title: "Все", selected: (term ?? "").isEmpty)]
                    + terms.map { .init(value: $0, title: $0, selected: $0 == term) }),
            FormField(
                "status", "Статус", kind: "select",
                options: FormField.options(statuses, selected: status, title: title, empty: "Все")),
            FormField("hours", "Часов в неделю, не меньше", kind: "number", value: hours),
        ]
    }
}
