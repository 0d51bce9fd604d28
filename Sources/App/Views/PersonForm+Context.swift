import Foundation
import MentoringCore

/// A new participant or a change of one's data (`people/form.leaf`).
struct PersonFormContext: FormContext {
    static let template = "people/form"
    var meta: PageMeta
    var form: FormPage.Form
    var isNew: Bool

    /// A new participant of the organization.
    init(meta: PageMeta, organization: UUID, input: PersonInput, failure: ValidationFailure?) {
        self.meta = meta
        isNew = true
        form = .init(
            action: SiteURL.newPerson(.id(organization)).path, fields: PersonForm.fields(input, failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.people(.id(organization)).path)
    }

    /// A change of a participant's data, over the stored version the form was opened on.
    init(meta: PageMeta, person: UUID, version: Int, input: PersonInput, failure: ValidationFailure?) {
        self.meta = meta
        isNew = false
        form = .init(
            action: SiteURL.editPerson(.id(person)).path, fields: PersonForm.fields(input, failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.person(.id(person)).path,
            hidden: [.init(name: "version", value: String(version))])
    }
}

/// A participant's legal representative (`people/representative.leaf`).
struct RepresentativeFormContext: FormContext {
    static let template = "people/representative"
    var meta: PageMeta
    var form: FormPage.Form

    init(meta: PageMeta, person: UUID, input: LegalRepresentativeInput, failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: SiteURL.newRepresentative(.id(person)).path,
            fields: [
                FormField("fullName", "ФИО", value: input.fullName, required: true, failure: failure),
                FormField(
                    "relation", "Кем приходится", value: input.relation, required: true,
                    help: "Мать, отец, опекун, попечитель.", failure: failure),
                FormField("phone", "Телефон", kind: "tel", value: input.phone, failure: failure),
                FormField("email", "E-mail", kind: "email", value: input.email, failure: failure),
            ], submitTitle: "Сохранить", cancelURL: SiteURL.person(.id(person)).path)
    }
}
