import Foundation
import MentoringCore

/// A pair or group made by hand (`mentorships/new.leaf`); it starts as a draft for the order.
struct MentorshipFormContext: FormContext {
    static let template = "mentorships/new"
    /// A mentor in the base who can take the pair.
    struct Mentor {
        var profile: UUID
        var name: String
        var capacity: Int
    }

    /// A mentee in the base waiting for a pair.
    struct Mentee {
        var profile: UUID
        var name: String
        var form: MentoringForm
    }

    var meta: PageMeta
    var form: FormPage.Form

    init(
        meta: PageMeta, program: UUID, forms: [MentoringForm], mentors: [Mentor], mentees: [Mentee],
        input: MentorshipInput, failure: ValidationFailure?
    ) {
        self.meta = meta
        let mentorOptions = mentors.map {
            FormField.Option(
                value: $0.profile.uuidString, title: "\($0.name) — мест: \($0.capacity)",
                selected: $0.profile.uuidString == input.mentor)
        }
        let coMentorOptions = mentors.map {
            FormField.Option(
                value: $0.profile.uuidString, title: $0.name,
                selected: input.coMentors?.contains($0.profile.uuidString) ?? false)
        }
        let menteeOptions = mentees.map {
            FormField.Option(
                value: $0.profile.uuidString, title: "\($0.name) (\($0.form.title))",
                selected: input.mentees?.contains($0.profile.uuidString) ?? false)
        }
        let roleModels =
            [FormField.Option(value: "", title: "не указана", selected: true)]
            + Set(forms.flatMap(\.roleModels)).sorted().map {
                FormField.Option(value: $0, title: $0, selected: $0 == input.roleModel)
            }
        let kinds = MentoringKind.allCases.map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: input.kinds?.contains($0.rawValue) ?? false)
        }
        form = .init(
            action: SiteURL.newMentorship(.id(program)).path,
            fields: [
                FormField(
                    "mentor", "Наставник", kind: "select", required: true, failure: failure,
                    options: [FormField.Option(value: "", title: "выберите", selected: input.mentor == nil)]
                        + mentorOptions),
                FormField(
                    "mentees", "Наставляемые (несколько — группа)", kind: "checkboxes", required: true,
                    failure: failure, options: menteeOptions),
                FormField(
                    "coMentors", "Со-наставники (если пару ведут вместе)", kind: "checkboxes", failure: failure,
                    options: coMentorOptions),
                FormField(
                    "form", "Форма наставничества", kind: "select", required: true, failure: failure,
                    options: forms.map {
                        FormField.Option(value: $0.rawValue, title: $0.title, selected: $0.rawValue == input.form)
                    }),
                FormField("roleModel", "Ролевая модель", kind: "select", failure: failure, options: roleModels),
                FormField("kinds", "Вид наставничества", kind: "checkboxes", failure: failure, options: kinds),
                FormField(
                    "startsOn", "Начало", kind: "date", value: input.startsOn, help: "Пусто — с начала программы.",
                    failure: failure),
                FormField(
                    "endsOn", "Окончание", kind: "date", value: input.endsOn, help: "Пусто — до конца программы.",
                    failure: failure),
            ], submitTitle: "Составить пару", cancelURL: SiteURL.mentorships(.id(program)).path)
    }
}

/// How often each form of a program's pairs should meet (`mentorships/rhythm.leaf`).
struct RhythmFormContext: FormContext {
    static let template = "mentorships/rhythm"
    var meta: PageMeta
    var form: FormPage.Form

    /// - Parameter days: the days between meetings of each of the program's forms, as they stand or were typed.
    init(meta: PageMeta, program: UUID, days: [(form: MentoringForm, days: String)], failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: SiteURL.rhythm(.id(program)).path,
            fields: days.map { entry in
                FormField(
                    "days[\(entry.form.rawValue)]", "\(entry.form.title): встреча не реже чем раз в … дней",
                    kind: "number", value: entry.days, required: true, failure: failure)
            }, submitTitle: "Сохранить", cancelURL: SiteURL.mentorships(.id(program)).path)
    }
}

/// The mentor's analytical report of a pair (`mentorships/report.leaf`).
struct ReportFormContext: FormContext {
    static let template = "mentorships/report"
    var meta: PageMeta
    var form: FormPage.Form

    init(meta: PageMeta, mentorship: UUID, report: MentorshipService.ReportForm, failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: SiteURL.mentorshipReport(.id(mentorship)).path,
            fields: [
                FormField(
                    "results", "Результаты работы пары", kind: "textarea", value: report.results, required: true,
                    failure: failure),
                FormField(
                    "difficulties", "Трудности и как они решались", kind: "textarea", value: report.difficulties,
                    failure: failure),
                FormField("proposals", "Предложения", kind: "textarea", value: report.proposals, failure: failure),
                FormField(
                    "action", "Сдать отчёт куратору (после сдачи текст не меняется)", kind: "checkbox",
                    failure: failure),
            ], submitTitle: "Сохранить", cancelURL: SiteURL.mentorship(.id(mentorship)).path)
    }
}
