import Foundation
import MentoringCore

/// A new consent on a person's card (`consents/new.leaf`), with an optional scan.
struct ConsentFormContext: FormContext {
    static let template = "consents/new"
    var meta: PageMeta
    var form: FormPage.Form
    /// The person is a minor without a representative yet, who must be added first.
    var needsRepresentative: Bool

    init(
        meta: PageMeta, person: UUID, representatives: [LegalRepresentative], minor: Bool, input: ConsentInput,
        failure: ValidationFailure?
    ) {
        self.meta = meta
        needsRepresentative = minor && representatives.isEmpty
        form = .init(
            action: SiteURL.newConsent(.id(person)).path,
            fields: ConsentForm.fields(input, representatives: representatives, minor: minor, failure: failure),
            submitTitle: "Сохранить согласие", cancelURL: SiteURL.person(.id(person)).path, multipart: true)
    }
}

/// The fields of the consent form; the signer list holds the subject and the person's representatives.
enum ConsentForm {
    static func fields(
        _ input: ConsentInput, representatives: [LegalRepresentative], minor: Bool,
        failure: ValidationFailure?
    ) -> [FormField] {
        var signers = representatives.map {
            FormField.Option(
                value: $0.id.rawValue.uuidString.lowercased(), title: "\($0.details.fullName) (\($0.details.relation))",
                selected: $0.id.rawValue.uuidString.lowercased() == input.signedBy?.lowercased())
        }
        signers.insert(
            .init(
                value: "subject", title: "Сам участник", selected: input.signedBy == nil || input.signedBy == "subject"),
            at: 0)
        return [
            FormField(
                "kind", "Вид согласия", kind: "select", required: true, failure: failure,
                options: FormField.options(Consent.Kind.self, selected: input.kind, title: \.title)),
            FormField(
                "purpose", "Цель обработки", kind: "textarea", value: input.purpose, required: true, failure: failure),
            FormField(
                "signedBy", "Кто подписал", kind: "select", required: true,
                help: minor ? "Участник несовершеннолетний: подписывает законный представитель." : nil,
                failure: failure, options: signers),
            FormField(
                "signedOn", "Дата подписания", value: input.signedOn, required: true, help: "ДД.ММ.ГГГГ.",
                failure: failure),
            FormField(
                "validUntil", "Действует до", value: input.validUntil, help: "Пусто — до достижения цели или отзыва.",
                failure: failure),
            FormField(
                "text", "Текст согласия", kind: "textarea", value: input.text, required: true,
                help: "Точный текст, под которым стоит подпись. Сохраняется неизменным.", failure: failure),
            FormField(
                "scan", "Скан подписанного согласия", kind: "file", help: "PDF, JPEG или PNG до 5 МБ.", failure: failure
            ),
        ]
    }
}
