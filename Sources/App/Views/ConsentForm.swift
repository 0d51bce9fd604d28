import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of the consent form; the signer list holds the subject and the person's representatives.
enum ConsentForm {
    static func fields(
        _ input: ConsentInput, representatives: [LegalRepresentativeModel], minor: Bool,
        failure: ValidationFailure?
    ) -> [FormField] {
        var signers = representatives.map {
            FormField.Option(
                value: $0.id!.uuidString.lowercased(), title: "\($0.fullName) (\($0.relation))",
                selected: $0.id!.uuidString.lowercased() == input.signedBy?.lowercased())
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
