import Foundation
import MentoringCore

/// A new organization or a change of one's details (`organizations/form.leaf`).
struct OrganizationFormContext: FormContext {
    static let template = "organizations/form"
    var meta: PageMeta
    var form: FormPage.Form

    /// - Parameters:
    ///   - municipalities: where the organization may be registered;
    ///   - target: the organization being changed; nil for a new one.
    init(
        meta: PageMeta, input: Organization.Input, municipalities: [(id: UUID, title: String)], target: UUID?,
        failure: ValidationFailure?
    ) {
        self.meta = meta
        let chosen = input.municipalityID?.lowercased()
        let places =
            [FormField.Option(value: "", title: "— выберите —", selected: chosen == nil)]
            + municipalities.map { place in
                let value = place.id.uuidString.lowercased()
                return FormField.Option(value: value, title: place.title, selected: value == chosen)
            }
        form = .init(
            action: target.map { SiteURL.editOrganization(.id($0)).path } ?? SiteURL.newOrganization.path,
            fields: [
                FormField(
                    "kind", "Тип организации", kind: "select", required: true, failure: failure,
                    options: FormField.options(Organization.Kind.self, selected: input.kind, title: \.title)),
                FormField("fullName", "Полное наименование", value: input.fullName, required: true, failure: failure),
                FormField(
                    "shortName", "Краткое наименование", value: input.shortName, required: true, failure: failure),
                FormField(
                    "municipalityID", "Муниципалитет", kind: "select", required: true,
                    help: "Нет нужного? Добавьте его на странице «Территории».", failure: failure, options: places),
                FormField("address", "Адрес", value: input.address, failure: failure),
                FormField("headName", "Руководитель (ФИО)", value: input.headName, failure: failure),
                FormField(
                    "headPosition", "Должность руководителя", value: input.headPosition,
                    help: "Директор, заведующий ...", failure: failure),
                FormField("siteURL", "Сайт", kind: "url", value: input.siteURL, failure: failure),
            ],
            submitTitle: target == nil ? "Добавить" : "Сохранить",
            cancelURL: target.map { SiteURL.organization(.id($0)).path } ?? SiteURL.organizations.path)
    }
}
