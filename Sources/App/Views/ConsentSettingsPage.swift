import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Тексты согласий»: the organization's wording of each consent and the switch for electronic consent.
struct ConsentSettingsPage: Encodable {
    struct Kind: Encodable {
        var title: String
        var own: Bool
        var fields: [FormField]
    }

    var meta: PageMeta
    var notice: String?
    var failed: Bool
    var kinds: [Kind]
    var electronic: FormField

    init(
        meta: PageMeta, organization: OrganizationModel, texts: [Consent.Kind: ConsentTemplates.Text],
        typed: ConsentBoardController.SettingsForm?, notice: String?, failure: ValidationFailure?
    ) {
        self.meta = meta
        self.notice = notice
        failed = failure != nil
        kinds = ConsentTemplates.kinds.map { kind in
            let text = texts[kind]!
            let typedText = typed?.texts?[kind.rawValue]
            var purpose = FormField(
                "texts[\(kind.rawValue)][purpose]", "Цель", value: typedText?["purpose"] ?? text.purpose,
                required: true)
            purpose.error = failure?.fields["\(kind.rawValue).purpose"]
            var body = FormField(
                "texts[\(kind.rawValue)][body]", "Текст согласия", kind: "textarea",
                value: typedText?["body"] ?? text.body, required: true)
            body.error = failure?.fields["\(kind.rawValue).body"]
            return Kind(title: kind.title, own: text.isOwn, fields: [purpose, body])
        }
        electronic = FormField(
            "electronic",
            "Принимать согласия в электронном виде: законный представитель или "
                + "совершеннолетний участник подписывает по личной ссылке, вписав ФИО (простая "
                + "электронная подпись)", kind: "checkbox",
            value: (typed.map { $0.electronic == "true" } ?? organization.electronicConsent) ? "true" : "")
    }
}

/// The electronic-consent page of a personal link.
struct ConsentLinkPage: Encodable {
    struct Text: Encodable {
        var kind: String
        var title: String
        var body: String
        var sha256: String
    }
    struct Given: Encodable {
        var id: String
        var title: String
        var signedOn: String
    }

    var meta: PageMeta
    var organization: String
    var person: String
    var signer: String
    var forMinor: Bool
    var texts: [Text]
    var withdrawable: [Given]
    var nameFields: [FormField]
    var failed: Bool
    var done: String?

    init(
        meta: PageMeta, pending: ConsentLinks.Pending, failure: ValidationFailure?, typedName: String?, done: String?
    ) throws {
        self.meta = meta
        organization = pending.organization.fullName
        person = pending.person.details.fullName
        signer = pending.signerName
        forMinor = pending.signer != nil
        texts = pending.texts.map {
            Text(kind: $0.kind.rawValue, title: $0.kind.title, body: $0.text.body, sha256: $0.text.sha256)
        }
        withdrawable = try pending.withdrawable.map {
            Given(
                id: (try $0.requireID()).uuidString.lowercased(), title: $0.consent.kind.title,
                signedOn: $0.consent.signedOn.russian)
        }
        nameFields = [
            FormField(
                "typedName", "Ваши фамилия, имя и отчество", value: typedName, required: true,
                help: "Впишите так: \(pending.signerName). Это ваша простая электронная подпись.",
                failure: failure, autocomplete: "name")
        ]
        failed = failure != nil
        self.done = done
    }
}
