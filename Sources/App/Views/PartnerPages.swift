import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of a partner's form, on the list's form for a new one and on the partner's page.
enum PartnerForm {
    static func fields(_ input: PartnerInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField(
                "kind", "Вид партнёра", kind: "select", value: input.kind, required: true, failure: failure,
                options: FormField.options(PartnerKind.self, selected: input.kind ?? "enterprise", title: \.title)),
            FormField("name", "Наименование", value: input.name, required: true, failure: failure),
            FormField("inn", "ИНН", value: input.inn, help: "10 или 12 цифр.", failure: failure),
            FormField("address", "Адрес", value: input.address, failure: failure),
            FormField("contactName", "Контактное лицо", value: input.contactName, failure: failure),
            FormField("contactPhone", "Телефон", value: input.contactPhone, failure: failure),
            FormField("contactEmail", "Электронная почта", value: input.contactEmail, failure: failure),
            FormField(
                "agreementNumber", "Номер соглашения о сотрудничестве", value: input.agreementNumber,
                failure: failure),
            FormField(
                "agreementSignedOn", "Соглашение подписано", kind: "date", value: input.agreementSignedOn,
                failure: failure),
            FormField(
                "agreementValidUntil", "Действует до", kind: "date", value: input.agreementValidUntil,
                help: "Пусто — бессрочно.", failure: failure),
            FormField(
                "scan", "Скан подписанного соглашения", kind: "file", help: "PDF, JPEG или PNG до 5 МБ.",
                failure: failure),
        ]
    }
}

/// The organization's partners with what each supplies, and the form to add one.
struct PartnersPageContext: FormContext {
    static let template = "organizations/partners"

    struct Row: Encodable, Sendable {
        var url: String
        var name: String
        var kind: String
        var contact: String
        var agreement: String
        var people: Int
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var manages: Bool
    var partners: [Row]

    init(
        meta: PageMeta, notice: String?, organization: UUID, access: OrganizationAccess, partners: [PartnerModel],
        counts: [UUID: Int], today: CalendarDate, input: PartnerInput, failure: ValidationFailure?
    ) throws {
        self.meta = meta
        self.notice = notice
        manages = access.manages
        self.partners = try partners.map { partner in
            let details = partner.details
            return Row(
                url: SiteURL.partner(.id(try partner.requireID())).path, name: details.name, kind: details.kind.title,
                contact: [details.contactName, details.contactPhone, details.contactEmail].compactMap { $0 }
                    .joined(separator: ", "),
                agreement: details.agreementState(on: today), people: counts[try partner.requireID()] ?? 0)
        }
        form = .init(
            action: SiteURL.partners(.id(organization)).path, fields: PartnerForm.fields(input, failure: failure),
            submitTitle: "Добавить партнёра", cancelURL: SiteURL.organization(.id(organization)).path, multipart: true)
    }
}

/// A partner: its record (a form for who manages), the agreement's state and documents, and its people.
struct PartnerPageContext: FormContext {
    static let template = "partners/show"

    struct Person: Encodable, Sendable {
        var name: String
        var url: String
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var manages: Bool
    var agreement: String
    var documentURL: String
    var scanURL: String?
    var people: [Person]

    init(
        meta: PageMeta, notice: String?, card: PartnerCard, today: CalendarDate, input: PartnerInput?,
        failure: ValidationFailure?
    ) throws {
        let id = Slot.id(try card.partner.requireID())
        self.meta = meta
        self.notice = notice
        manages = card.access.manages
        agreement = card.partner.details.agreementState(on: today)
        documentURL = SiteURL.partnerAgreement(id).path
        scanURL = card.partner.scanName == nil ? nil : SiteURL.partnerScan(id).path
        people = card.people.map { Person(name: $0.name, url: SiteURL.person(.id($0.id)).path) }
        form = .init(
            action: SiteURL.partner(id).path,
            fields: PartnerForm.fields(input ?? PartnerInput(card.partner.details), failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.partners(.id(card.partner.$organization.id)).path,
            multipart: true)
    }
}
