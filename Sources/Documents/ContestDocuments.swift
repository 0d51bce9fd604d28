import Foundation
import MentoringCore

/// A place a contest's jury gave: who, from where, in which nomination.
public struct ContestPlace: Sendable, Equatable {
    public var name: String
    public var organization: String
    public var nomination: String
    /// «1» or «1–2» for a tie.
    public var place: String
    public var total: String

    public init(name: String, organization: String, nomination: String, place: String, total: String) {
        (self.name, self.organization, self.nomination, self.place, self.total) = (
            name, organization, nomination, place, total
        )
    }

    /// «победитель» for the first place, «лауреат» for the second and the third.
    public var title: String { place.hasPrefix("1") ? "победитель" : "лауреат" }
}

/// What a closed contest's documents say: who gives them, the contest, the day, the places.
public struct ContestOutcome: Sendable {
    public var issuer: String
    public var contest: String
    public var date: CalendarDate
    public var places: [ContestPlace]

    public init(issuer: String, contest: String, date: CalendarDate, places: [ContestPlace]) {
        (self.issuer, self.contest, self.date, self.places) = (issuer, contest, date, places)
    }

    var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("орган.наименование", issuer)
        scope.set("конкурс", contest)
        scope.set("дата", date.russian)
        scope.set("места", items: places.map(Self.scope))
        return scope
    }

    static func scope(_ place: ContestPlace) -> TemplateScope {
        TemplateScope([
            "фио": .text(place.name), "организация": .text(place.organization), "номинация": .text(place.nomination),
            "место": .text(place.place), "баллы": .text(place.total), "звание": .text(place.title),
        ])
    }
}

/// The authority's order on the results of a contest: the places of each nomination, from the municipality's
/// template or the built-in one.
public struct ContestResultsDocument: TemplatedDocument, Sendable {
    public var outcome: ContestOutcome

    public init(_ outcome: ContestOutcome) { self.outcome = outcome }

    static let placeFields = TemplateSchema(fields: [
        .init("фио", "ФИО"), .init("организация", "Организация"), .init("номинация", "Номинация"),
        .init("место", "Место: «1» или «1–2» при равенстве баллов"), .init("баллы", "Сумма баллов"),
        .init("звание", "«победитель» или «лауреат»"),
    ])

    public static let schema = TemplateSchema(
        fields: [
            .init("орган.наименование", "Орган управления образованием"), .init("конкурс", "Название конкурса"),
            .init("дата", "Дата приказа, ДД.ММ.ГГГГ"),
        ],
        sections: [.init("места", "Строка на каждое призовое место", placeFields)])

    public var scope: TemplateScope { outcome.scope }

    public static var builtInTemplate: Data {
        get throws {
            let blocks: [WordDocument.Block] = [
                .paragraph(.init("{{орган.наименование}}", bold: true, alignment: .center)),
                .paragraph(.init("")), .paragraph(.init("ПРИКАЗ", bold: true, alignment: .center, size: 16)),
                .paragraph(.init("{{дата}}")), .paragraph(.init("")),
                .paragraph(.init("Об итогах конкурса «{{конкурс}}»", bold: true)), .paragraph(.init("")),
                .paragraph(
                    .init(
                        "На основании протокола жюри конкурса «{{конкурс}}» ПРИКАЗЫВАЮ: признать победителями и "
                            + "лауреатами конкурса:")),
                .paragraph(.init("{{#места}}")),
                .paragraph(
                    .init("— {{фио}} ({{организация}}), номинация «{{номинация}}»: {{звание}}, место {{место}}.")),
                .paragraph(.init("{{/места}}")), .paragraph(.init("")),
                .paragraph(.init("Руководитель  _______________")),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}

/// The diplomas of a contest's winners and laureates, one page each.
public struct ContestDiplomaDocument: TemplatedDocument, Sendable {
    public var outcome: ContestOutcome

    public init(_ outcome: ContestOutcome) { self.outcome = outcome }

    public static let schema = TemplateSchema(
        fields: ContestResultsDocument.schema.fields,
        sections: [.init("места", "Страница на каждого победителя и лауреата", ContestResultsDocument.placeFields)])

    public var scope: TemplateScope { outcome.scope }

    public static var builtInTemplate: Data {
        get throws {
            let blocks: [WordDocument.Block] = [
                .paragraph(.init("{{#места}}")),
                .paragraph(.init("{{орган.наименование}}", bold: true, alignment: .center, breaksPageBefore: true)),
                .paragraph(.init("")), .paragraph(.init("")),
                .paragraph(.init("ДИПЛОМ", bold: true, alignment: .center, size: 24)), .paragraph(.init("")),
                .paragraph(.init("{{звание}} конкурса «{{конкурс}}»", alignment: .center)),
                .paragraph(.init("в номинации «{{номинация}}»", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("{{фио}}", bold: true, alignment: .center, size: 16)),
                .paragraph(.init("{{организация}}", alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("")), .paragraph(.init("Руководитель  _______________")),
                .paragraph(.init("{{дата}}", size: 10)), .paragraph(.init("{{/места}}")),
            ]
            return try WordDocument(blocks: blocks).data()
        }
    }
}
