import Foundation
import MentoringCore

/// Sending a questionnaire to a program's participants (`surveys/new.leaf`).
struct SurveyFormContext: FormContext {
    static let template = "surveys/new"
    /// A questionnaire the organization may send.
    struct Template {
        var id: UUID
        var title: String
        var audience: Questionnaire.Audience?
    }

    var meta: PageMeta
    var form: FormPage.Form

    init(
        meta: PageMeta, program: UUID, forms: [MentoringForm], templates: [Template], input: SurveyInput,
        failure: ValidationFailure?
    ) {
        self.meta = meta
        form = .init(
            action: SiteURL.newSurvey(.id(program)).path,
            fields: [
                FormField(
                    "template", "Анкета", kind: "select", required: true, failure: failure,
                    options: [.init(value: "", title: "— выберите —", selected: input.template == nil)]
                        + templates.map {
                            .init(
                                value: $0.id.uuidString,
                                title: "\($0.title) (\($0.audience?.title.lowercased() ?? ""))",
                                selected: $0.id.uuidString == input.template)
                        }),
                FormField(
                    "title", "Название анкетирования", value: input.title,
                    help: "Если не заполнить — название анкеты", failure: failure),
                FormField(
                    "audience", "Кого опросить", kind: "select", required: true, failure: failure,
                    options: FormField.options(SurveyAudience.self, selected: input.audience, title: \.title)),
                FormField(
                    "grade", "Класс", value: input.grade,
                    help: "Например, 7Б — только для обучающихся; пусто — все", failure: failure),
                FormField(
                    "form", "Форма наставничества для профилей", kind: "select", failure: failure,
                    options: [
                        .init(
                            value: "", title: "Подобрать по категории участника", selected: (input.form ?? "").isEmpty)
                    ] + forms.map { .init(value: $0.rawValue, title: $0.title, selected: $0.rawValue == input.form) }),
                FormField(
                    "measurement", "Замер (для анкеты мониторинга влияния)", kind: "select", failure: failure,
                    options: FormField.options(
                        ImpactMeasurement.self, selected: input.measurement, title: \.title, empty: "— не замер —")),
                FormField(
                    "anonymous", "Анонимная анкета (ответы не связываются с именами и не попадают в профили)",
                    kind: "checkbox", value: input.anonymous),
                FormField(
                    "opens_on", "Начало", value: input.opensOn, required: true, help: "ДД.ММ.ГГГГ", failure: failure),
                FormField(
                    "closes_on", "Ответы принимаются до", value: input.closesOn, required: true,
                    help: "ДД.ММ.ГГГГ, включительно", failure: failure),
                FormField(
                    "leave_out", "Отправить только тем, у кого есть согласия", kind: "checkbox",
                    value: input.leaveOut, failure: failure),
            ], submitTitle: "Создать ссылки", cancelURL: SiteURL.program(.id(program)).path)
    }
}
