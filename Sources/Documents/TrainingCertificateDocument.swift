import Foundation
import MentoringCore

/// The certificates of a course of a municipality's training plan, one page per person who attended every session,
/// from the municipality's template or the built-in one.
public struct TrainingCertificateDocument: TemplatedDocument, Sendable {
    /// One person certified.
    public struct Holder: Sendable, Equatable {
        public var name: String
        public var organization: String
        public var number: String

        public init(name: String, organization: String, number: String) {
            (self.name, self.organization, self.number) = (name, organization, number)
        }
    }

    public var issuer: String
    public var training: TrainingDetails
    public var issuedOn: CalendarDate
    public var holders: [Holder]

    public init(issuer: String, training: TrainingDetails, issuedOn: CalendarDate, holders: [Holder]) {
        (self.issuer, self.training, self.issuedOn, self.holders) = (issuer, training, issuedOn, holders)
    }

    public static let schema = TemplateSchema(
        fields: [
            .init("орган.наименование", "Орган, выдающий сертификат: управление образованием муниципалитета"),
            .init("обучение.название", "Название курса"), .init("обучение.организатор", "Кто проводит"),
            .init("обучение.часы", "Объём в часах"), .init("обучение.сроки", "«с 01.09.2026 по 30.11.2026»"),
            .init("дата", "Дата выдачи, ДД.ММ.ГГГГ"),
        ],
        sections: [
            .init(
                "слушатели", "Страница на каждого слушателя",
                TemplateSchema(fields: [
                    .init("фио", "ФИО"), .init("организация", "Организация слушателя"),
                    .init("номер", "Номер сертификата"),
                ]))
        ])

    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("орган.наименование", issuer)
        scope.set("обучение.название", training.title)
        scope.set("обучение.организатор", training.provider)
        scope.set("обучение.часы", RussianCount.hours(training.hours))
        scope.set("обучение.сроки", "с \(training.startsOn.russian) по \(training.endsOn.russian)")
        scope.set("дата", issuedOn.russian)
        scope.set(
            "слушатели",
            items: holders.map {
                TemplateScope(["фио": .text($0.name), "организация": .text($0.organization), "номер": .text($0.number)])
            })
        return scope
    }

    /// A page per person: the issuer, «СЕРТИФИКАТ», the number, the name, the course, its hours and days.
    public static var builtInTemplate: Data {
        get throws {
            let blocks: [WordDocument.Block] = [
                .paragraph(.init("{{#слушатели}}")),
                .paragraph(.init("{{орган.наименование}}", bold: true, alignment: .center, breaksPageBefore: true)),
                .paragraph(.init("")), .paragraph(.init("")),
                .paragraph(.init("СЕРТИФИКАТ", bold: true, alignment: .center, size: 24)),
                .paragraph(.init("№ {{номер}}", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("выдан", alignment: .center)),
                .paragraph(.init("{{фио}}", bold: true, alignment: .center, size: 16)),
                .paragraph(.init("{{организация}}", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("в том, что он(а) прошёл(а) обучение по программе", alignment: .center)),
                .paragraph(.init("«{{обучение.название}}»", bold: true, alignment: .center)),
                .paragraph(
                    .init("{{обучение.организатор}}, {{обучение.сроки}}, {{обучение.часы}}", alignment: .center)),
                .paragraph(.init("")), .paragraph(.init("")),
                .paragraph(.init("Руководитель  _______________")),
                .paragraph(.init("")), .paragraph(.init("Дата выдачи {{дата}}", size: 10)),
                .paragraph(.init("{{/слушатели}}")),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}
