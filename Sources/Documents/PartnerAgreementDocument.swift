import Foundation
import MentoringCore

/// The cooperation agreement with a partner that supplies mentors (соглашение о сотрудничестве в сфере
/// наставничества), from the organization's template or the built-in one.
public struct PartnerAgreementDocument: TemplatedDocument, Sendable {
    public var organization: String
    public var headPosition: String
    public var headName: String
    public var partner: PartnerDetails
    /// The partner's people already in the organization's mentor base.
    public var mentors: [String]

    public init(
        organization: String, headPosition: String, headName: String, partner: PartnerDetails, mentors: [String]
    ) {
        self.organization = organization
        self.headPosition = headPosition
        self.headName = headName
        self.partner = partner
        self.mentors = mentors
    }

    public static let schema = TemplateSchema(
        fields: [
            .init("организация.наименование", "Полное наименование организации"),
            .init("руководитель.должность", "Должность руководителя"), .init("руководитель.фио", "ФИО руководителя"),
            .init("партнёр.наименование", "Наименование партнёра"), .init("партнёр.инн", "ИНН партнёра"),
            .init("партнёр.адрес", "Адрес партнёра"), .init("партнёр.представитель", "Контактное лицо партнёра"),
            .init("соглашение.номер", "Номер соглашения; бланк, если не присвоен"),
            .init("соглашение.дата", "Дата подписания; бланк, если не подписано"),
            .init("соглашение.срок", "До какого дня действует: дата или «бессрочно»"),
        ],
        sections: [
            .init(
                "от_партнёра", "Список наставников от партнёра, если они уже есть",
                TemplateSchema(
                    fields: [],
                    sections: [.init("наставники", "Наставники", TemplateSchema(fields: [.init("фио", "ФИО")]))]))
        ])

    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("организация.наименование", organization)
        scope.set("руководитель.должность", headPosition)
        scope.set("руководитель.фио", headName)
        scope.set("партнёр.наименование", partner.name)
        scope.set("партнёр.инн", partner.inn ?? "__________")
        scope.set("партнёр.адрес", partner.address ?? "")
        scope.set("партнёр.представитель", partner.contactName ?? "_______________")
        scope.set("соглашение.номер", number: partner.agreementNumber)
        scope.set("соглашение.дата", date: partner.agreementSignedOn)
        scope.set("соглашение.срок", partner.agreementValidUntil.map { "до \($0.russian)" } ?? "бессрочно")
        let list = TemplateScope(["наставники": .list(mentors.map { TemplateScope(["фио": .text($0)]) })])
        scope.set("от_партнёра", items: mentors.isEmpty ? [] : [list])
        return scope
    }

    public static var builtInTemplate: Data {
        get throws {
            let points = [
                "1. Стороны сотрудничают в реализации программ наставничества организации по целевой модели "
                    + "наставничества (распоряжение Минпросвещения России от 25.12.2019 № Р-145).",
                "2. Партнёр содействует участию своих работников в качестве наставников обучающихся, организует "
                    + "профориентационные мероприятия, экскурсии и стажировки, предоставляет площадку для встреч.",
                "3. Организация включает наставников от партнёра в базу наставников с их письменного согласия, "
                    + "обеспечивает закрепление пар приказом, мониторинг и поощрение наставников.",
                "4. Наставник от партнёра, работающий с несовершеннолетними, представляет справку об отсутствии "
                    + "судимости (статья 351.1 Трудового кодекса Российской Федерации).",
                "5. Стороны обрабатывают персональные данные участников только с их согласия и в целях программы.",
                "6. Соглашение действует со дня подписания {{соглашение.срок}} и не влечёт финансовых обязательств.",
            ]
            var blocks: [WordDocument.Block] = [
                .paragraph(.init("СОГЛАШЕНИЕ № {{соглашение.номер}}", bold: true, alignment: .center, size: 14)),
                .paragraph(.init("о сотрудничестве в сфере наставничества", bold: true, alignment: .center)),
                .paragraph(.init("")), .paragraph(.init("{{соглашение.дата}} г.", alignment: .right)),
                .paragraph(.init("")),
                .paragraph(
                    .init(
                        "{{организация.наименование}} (далее — организация), от имени которой действует "
                            + "{{руководитель.должность}} {{руководитель.фио}}, и {{партнёр.наименование}}, ИНН "
                            + "{{партнёр.инн}} (далее — партнёр), заключили настоящее соглашение.", alignment: .both)),
            ]
            blocks += points.map { .paragraph(.init($0, alignment: .both)) }
            blocks += [
                .paragraph(.init("{{#от_партнёра}}")),
                .paragraph(.init("Наставники от партнёра на день составления соглашения:")),
                .paragraph(.init("{{#наставники}}— {{фио}}{{/наставники}}")),
                .paragraph(.init("{{/от_партнёра}}")),
                .paragraph(.init("")),
                .paragraph(.init("От организации: {{руководитель.должность}}  _______________  {{руководитель.фио}}")),
                .paragraph(.init("От партнёра: {{партнёр.представитель}}  _______________")),
                .paragraph(.init("{{партнёр.адрес}}", size: 10)),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}
