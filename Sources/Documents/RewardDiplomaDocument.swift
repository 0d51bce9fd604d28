import Foundation
import MentoringCore

/// The letters of thanks or diplomas a signed reward order gives, one page per mentor, from the organization's
/// template or the built-in one.
public struct RewardDiplomaDocument: TemplatedDocument, Sendable {
    /// One mentor rewarded.
    public struct Recipient: Sendable, Equatable {
        public var name: String
        public var position: String

        public init(name: String, position: String) {
            (self.name, self.position) = (name, position)
        }
    }

    public var organization: String
    public var headPosition: String
    public var headName: String
    public var kind: RewardKind
    public var merit: String
    /// «от 20.11.2026 № 15-о».
    public var order: String
    public var date: CalendarDate
    public var recipients: [Recipient]

    public init(
        organization: String, headPosition: String, headName: String, kind: RewardKind, merit: String,
        order: String, date: CalendarDate, recipients: [Recipient]
    ) {
        (self.organization, self.headPosition, self.headName) = (organization, headPosition, headName)
        (self.kind, self.merit, self.order, self.date, self.recipients) = (kind, merit, order, date, recipients)
    }

    public static let schema = TemplateSchema(
        fields: [
            .init("организация.наименование", "Полное наименование организации"),
            .init("руководитель.должность", "Должность руководителя"), .init("руководитель.фио", "ФИО руководителя"),
            .init("награда.заголовок", "«БЛАГОДАРСТВЕННОЕ ПИСЬМО» или «ПОЧЁТНАЯ ГРАМОТА»"),
            .init("награда.вводная", "«награждается» для грамоты; пусто для благодарственного письма"),
            .init("награда.за_что", "За что: «за результаты наставнической деятельности в программе …»"),
            .init("приказ", "Приказ о поощрении: «№ 15-о от 20.11.2026»"),
            .init("дата", "Дата приказа, ДД.ММ.ГГГГ"),
        ],
        sections: [
            .init(
                "награждённые", "Страница на каждого награждённого",
                TemplateSchema(fields: [.init("фио", "ФИО наставника"), .init("должность", "Должность или кто он")]))
        ])

    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("организация.наименование", organization)
        scope.set("руководитель.должность", headPosition)
        scope.set("руководитель.фио", headName)
        scope.set("награда.заголовок", kind.heading)
        scope.set("награда.вводная", kind.isThanks ? "" : "награждается")
        scope.set("награда.за_что", merit)
        scope.set("приказ", order)
        scope.set("дата", date.russian)
        scope.set(
            "награждённые",
            items: recipients.map { TemplateScope(["фио": .text($0.name), "должность": .text($0.position)]) })
        return scope
    }

    /// A page per mentor: the organization, the heading, the name, the merit, the order and the signature.
    public static var builtInTemplate: Data {
        get throws {
            let blocks: [WordDocument.Block] = [
                .paragraph(.init("{{#награждённые}}")),
                .paragraph(
                    .init("{{организация.наименование}}", bold: true, alignment: .center, breaksPageBefore: true)),
                .paragraph(.init("")), .paragraph(.init("")),
                .paragraph(.init("{{награда.заголовок}}", bold: true, alignment: .center, size: 24)),
                .paragraph(.init("")), .paragraph(.init("{{награда.вводная}}", alignment: .center)),
                .paragraph(.init("")),
                .paragraph(.init("{{фио}}", bold: true, alignment: .center, size: 16)),
                .paragraph(.init("{{должность}}", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("{{награда.за_что}}", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("")),
                .paragraph(.init("{{руководитель.должность}}  _______________  {{руководитель.фио}}")),
                .paragraph(.init("")), .paragraph(.init("Приказ {{приказ}}", size: 10)),
                .paragraph(.init("{{/награждённые}}")),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}
