import Foundation
import MentoringCore

/// A draft order of an organization (`orders/new.leaf`).
struct OrderFormContext: FormContext {
    static let template = "orders/new"
    var meta: PageMeta
    var form: FormPage.Form

    init(
        meta: PageMeta, organization: UUID, programs: [Program], input: OrderInput, failure: ValidationFailure?
    ) {
        self.meta = meta
        let chosen = input.program?.lowercased()
        form = .init(
            action: SiteURL.newOrder(.id(organization)).path,
            fields: [
                FormField(
                    "kind", "Вид приказа", kind: "select", required: true, failure: failure,
                    options: FormField.options(
                        OrderKind.self, selected: input.kind ?? OrderKind.fixMentorships.rawValue, title: \.title)),
                FormField(
                    "program", "Программа", kind: "select", failure: failure,
                    options: [FormField.Option(value: "", title: "не выбрана", selected: (chosen ?? "").isEmpty)]
                        + programs.map {
                            let id = $0.id.rawValue.uuidString
                            return FormField.Option(
                                value: id, title: $0.title, selected: id.lowercased() == chosen)
                        }),
                FormField(
                    "rewardKind", "Вид поощрения (для приказа о поощрении)", kind: "select", failure: failure,
                    options: FormField.options(
                        RewardKind.self, selected: input.rewardKind ?? RewardKind.organizationThanks.rawValue,
                        title: \.title)),
                FormField(
                    "title", "Заголовок", value: input.title, help: "Пусто — заголовок по виду приказа.",
                    failure: failure),
                FormField(
                    "grounds", "Основание", kind: "textarea", value: input.grounds,
                    help: "Пусто — федеральные акты и положение организации.", failure: failure),
                FormField(
                    "points", "Пункты приказа, по одному в строке", kind: "textarea", value: input.points,
                    help: "Пусто — типовые пункты этого вида приказа.", failure: failure),
            ], submitTitle: "Подготовить проект", cancelURL: SiteURL.orders(.id(organization)).path)
    }
}
