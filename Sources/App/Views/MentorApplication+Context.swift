import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The form «Стать наставником» on an organization's public section (`public/apply.leaf`), with the consent's text.
struct MentorApplicationContext: FormContext {
    static let template = "public/apply"

    var meta: PageMeta
    var form: FormPage.Form
    var organization: String
    var organizationURL: String
    var consentPurpose: String
    var consentText: [String]
    /// The thanks after a sent application, instead of the form.
    var notice: String?

    init(
        meta: PageMeta, organization org: OrganizationModel, consent: ConsentTemplates.Text,
        input: MentorApplicationInput, failure: ValidationFailure?, notice: String? = nil
    ) throws {
        let id = try org.requireID()
        self.meta = meta
        (organization, organizationURL) = (org.fullName, SiteURL.publicOrganization(.id(id)).path)
        (consentPurpose, consentText) = (consent.purpose, PublicOrganizationContext.lines(consent.body))
        self.notice = notice
        form = .init(
            action: SiteURL.mentorApplication(.id(id)).path, fields: Self.fields(input, failure: failure),
            submitTitle: "Отправить заявку", cancelURL: organizationURL)
    }

    static func fields(_ input: MentorApplicationInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField("surname", "Фамилия", value: input.surname, required: true, failure: failure),
            FormField("givenName", "Имя", value: input.givenName, required: true, failure: failure),
            FormField("patronymic", "Отчество", value: input.patronymic, failure: failure),
            FormField(
                "kind", "Кто вы", kind: "select", required: true, failure: failure,
                options: FormField.options(
                    MentorApplicantKind.self, selected: input.kind ?? MentorApplicantKind.employee.rawValue,
                    title: \.title)),
            FormField(
                "workplace", "Место работы или учёбы", value: input.workplace, required: true,
                help: "Предприятие, вуз, колледж или учреждение и ваша должность или курс.", failure: failure),
            FormField(
                "birthDate", "Дата рождения", kind: "date", value: input.birthDate,
                help: "Нужна студентам: заявку подают с 18 лет.", failure: failure),
            FormField(
                "email", "Электронная почта", kind: "email", value: input.email, required: true, failure: failure),
            FormField("phone", "Телефон", kind: "tel", value: input.phone, failure: failure),
            FormField(
                "alumnus", "Я выпускник этой организации", kind: "checkbox", value: input.alumnus, failure: failure),
            FormField(
                "offer", "Чем вы готовы помочь", kind: "textarea", value: input.offer, required: true,
                help: "Например: профориентация, проектная работа, подготовка к олимпиадам, первые шаги в профессии.",
                failure: failure),
            FormField(
                "consent", "Я даю согласие на обработку моих персональных данных на условиях, приведённых выше",
                kind: "checkbox", value: input.consent, required: true, failure: failure),
        ]
    }
}
