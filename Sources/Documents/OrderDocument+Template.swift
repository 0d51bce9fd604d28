import Foundation
import MentoringCore

/// The order as a template: the built-in layout written with markers, the fields it offers, and the values of one
/// order. An organization's own template gets the same values.
extension OrderDocument {
    public static let schema = TemplateSchema(
        fields: [
            .init("организация.наименование", "Полное наименование организации"),
            .init("организация.адрес", "Адрес организации (пусто, если не указан)"),
            .init("приказ.дата", "Дата подписания, ДД.ММ.ГГГГ; в проекте — бланк «___» ____________ 20___"),
            .init("приказ.номер", "Номер приказа; в проекте — бланк"),
            .init("приказ.заголовок", "Заголовок: «О закреплении наставнических пар (групп)» …"),
            .init("приказ.основание", "Основание: преамбула с нормативными документами"),
            .init("руководитель.должность", "Должность руководителя"),
            .init("руководитель.фио", "Фамилия и инициалы руководителя"),
        ],
        sections: [
            .init("пункты", "Пункты «ПРИКАЗЫВАЮ»", TemplateSchema(fields: [number, .init("текст", "Текст пункта")])),
            .init(
                "ознакомление", "Лист ознакомления, если с приказом знакомятся участники",
                TemplateSchema(
                    fields: [],
                    sections: [.init("ознакомлены", "Кто ознакомлен", TemplateSchema(fields: [.init("фио", "ФИО")]))]
                )),
            .init("приложение.пары", "Приложение со списком пар (групп), если приказ их закрепляет", pairs(false)),
            .init("приложение.изменения", "Приложение со списком изменённых пар", pairs(true)),
            .init(
                "приложение.наставники", "Приложение со списком наставников (реестр)",
                TemplateSchema(
                    fields: [title],
                    sections: [
                        .init(
                            "наставники", "Строки таблицы",
                            TemplateSchema(fields: [
                                number, .init("фио", "ФИО"), .init("должность", "Должность или класс"),
                                .init("компетенции", "Компетенции"),
                            ]))
                    ])),
        ])

    private static let number = TemplateSchema.Field("номер", "Порядковый номер")
    private static let title = TemplateSchema.Field("приложение.заголовок", "Заголовок приложения")

    private static func pairs(_ changes: Bool) -> TemplateSchema {
        let row = [
            number, .init("наставник", "Наставник: ФИО, должность"), .init("наставляемые", "Наставляемые с классом"),
            .init("форма", "Форма наставничества"), .init("период", "Период"),
        ]
        return TemplateSchema(
            fields: [title],
            sections: [
                .init(
                    "пары", "Строки таблицы",
                    TemplateSchema(fields: row + (changes ? [.init("изменение", "Что изменилось")] : [])))
            ])
    }

    /// The values of this order for its template.
    public var scope: TemplateScope {
        var scope = TemplateScope()
        scope.set("организация.наименование", organization)
        scope.set("организация.адрес", address ?? "")
        scope.set("приказ.дата", date: date)
        scope.set("приказ.номер", number: number)
        scope.set("приказ.заголовок", title)
        scope.set("приказ.основание", grounds.trimmingCharacters(in: .whitespacesAndNewlines))
        scope.set("руководитель.должность", headPosition)
        scope.set("руководитель.фио", headName)
        scope.set("пункты", items: points.enumerated().map { Self.item(["номер": "\($0 + 1)", "текст": $1]) })
        let acquainted = TemplateScope(["ознакомлены": .list(acquainted.map { Self.item(["фио": $0]) })])
        scope.set("ознакомление", items: self.acquainted.isEmpty ? [] : [acquainted])
        for kind in Appendix.Kind.allCases {
            scope.set(kind.section, items: appendix.flatMap { $0.kind == kind ? [$0.scope] : nil } ?? [])
        }
        return scope
    }

    static func item(_ values: [String: String]) -> TemplateScope { TemplateScope(values.mapValues { .text($0) }) }
}

extension OrderDocument.Appendix {
    /// Which table an appendix is: its columns are the template's.
    public enum Kind: CaseIterable, Sendable {
        case mentorships, changes, mentors

        var section: String {
            switch self {
            case .mentorships: "приложение.пары"
            case .changes: "приложение.изменения"
            case .mentors: "приложение.наставники"
            }
        }

        /// The fields of a row, in the order of the columns.
        var columns: [String] {
            switch self {
            case .mentorships: ["номер", "наставник", "наставляемые", "форма", "период"]
            case .changes: ["номер", "наставник", "наставляемые", "форма", "период", "изменение"]
            case .mentors: ["номер", "фио", "должность", "компетенции"]
            }
        }

        /// The list of the table's rows.
        var rows: String { self == .mentors ? "наставники" : "пары" }
    }

    var scope: TemplateScope {
        let rows = rows.map { row in
            OrderDocument.item(Dictionary(uniqueKeysWithValues: zip(kind.columns, row)))
        }
        var scope = TemplateScope()
        scope.set("приложение.заголовок", title)
        scope.set(kind.rows, items: rows)
        return scope
    }
}
