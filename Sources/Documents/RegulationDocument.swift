import Foundation
import MentoringCore

/// The regulation of the mentoring system as a document: the approval stamp, the title with the organization's
/// name, and numbered sections of numbered points («1.1.»), from the organization's template or the built-in one.
public struct RegulationDocument: TemplatedDocument, Sendable {
    public var organization: String
    public var regulation: Regulation
    /// The approving order's number and date; nil while the regulation is a draft, and blanks are printed.
    public var approval: (number: String, date: CalendarDate)?

    public init(organization: String, regulation: Regulation, approval: (number: String, date: CalendarDate)?) {
        self.organization = organization
        self.regulation = regulation
        self.approval = approval
    }

    public static let schema = TemplateSchema(
        fields: [
            .init("организация.наименование", "Полное наименование организации"),
            .init("приказ.дата", "Дата приказа об утверждении; в проекте — бланк «___» ____________ 20___"),
            .init("приказ.номер", "Номер приказа об утверждении; в проекте — бланк"),
            .init("положение.статус", "«Утверждено» или «Проект»"),
        ],
        sections: [
            .init(
                "разделы", "Разделы положения",
                TemplateSchema(
                    fields: [.init("номер", "Номер раздела"), .init("заголовок", "Заголовок раздела")],
                    sections: [
                        .init(
                            "пункты", "Пункты раздела",
                            TemplateSchema(fields: [
                                .init("номер", "Номер пункта: «1.1.»"), .init("текст", "Текст пункта"),
                            ]))
                    ]))
        ])

    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("организация.наименование", organization)
        scope.set("приказ.дата", date: approval?.date)
        scope.set("приказ.номер", number: approval?.number)
        scope.set("положение.статус", (approval == nil ? RegulationStatus.draft : .approved).title)
        let sections = regulation.sections.enumerated().map { index, section in
            let points = section.points.enumerated().map { point, text in
                TemplateScope(["номер": .text("\(index + 1).\(point + 1)."), "текст": .text(text)])
            }
            return TemplateScope([
                "номер": .text("\(index + 1)"), "заголовок": .text(section.title), "пункты": .list(points),
            ])
        }
        scope.set("разделы", items: sections)
        return scope
    }

    /// The built-in template in the official style.
    public static var builtInTemplate: Data {
        get throws {
            let blocks: [WordDocument.Block] = [
                .paragraph(.init("{{положение.статус}}", bold: true, alignment: .right)),
                .paragraph(.init("приказом от {{приказ.дата}} г. № {{приказ.номер}}", alignment: .right)),
                .paragraph(.init("")), .paragraph(.init("ПОЛОЖЕНИЕ", bold: true, alignment: .center, size: 14)),
                .paragraph(
                    .init(
                        "о системе наставничества педагогических работников и обучающихся", bold: true,
                        alignment: .center)),
                .paragraph(.init("{{организация.наименование}}", bold: true, alignment: .center)),
                .paragraph(.init("{{#разделы}}")), .paragraph(.init("")),
                .paragraph(.init("{{номер}}. {{заголовок}}", bold: true, alignment: .center, keepsWithNext: true)),
                .paragraph(.init("{{#пункты}}{{номер}} {{текст}}{{/пункты}}", alignment: .both)),
                .paragraph(.init("{{/разделы}}")),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}
