import Foundation
import MentoringCore

/// A new program of an organization or a change of one (`programs/form.leaf`).
struct ProgramFormContext: FormContext {
    static let template = "programs/form"
    var meta: PageMeta
    var form: FormPage.Form

    /// - Parameter program: the program being changed; nil for a new one.
    init(meta: PageMeta, organization: UUID, program: UUID?, input: ProgramInput, failure: ValidationFailure?) {
        self.meta = meta
        let chosen = Set(input.forms ?? [])
        let action: SiteURL = program.map { .editProgram(.id($0)) } ?? .newProgram(.id(organization))
        form = .init(
            action: action.path,
            fields: [
                FormField("title", "Название", value: input.title, required: true, failure: failure),
                FormField(
                    "period_start", "Начало", value: input.periodStart, required: true, help: "ДД.ММ.ГГГГ",
                    failure: failure),
                FormField(
                    "period_end", "Окончание", value: input.periodEnd, required: true, help: "ДД.ММ.ГГГГ",
                    failure: failure),
                FormField(
                    "forms", "Формы наставничества", kind: "checkboxes", required: true, failure: failure,
                    options: MentoringForm.allCases.map {
                        .init(value: $0.rawValue, title: $0.title, selected: chosen.contains($0.rawValue))
                    }),
            ], submitTitle: "Сохранить",
            cancelURL: program.map { SiteURL.program(.id($0)).path } ?? SiteURL.programs(.id(organization)).path)
    }
}
