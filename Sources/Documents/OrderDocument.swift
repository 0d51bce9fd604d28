import Foundation
import MentoringCore

/// An order of the head in the official layout: the organization's header, «ПРИКАЗ», date and number, the title,
/// the grounds, the operative points, the signature, the «ознакомлены» lines and an appendix table.
public struct OrderDocument: TemplatedDocument, Sendable {
    /// The table after the order: its kind decides the columns, which the template holds.
    public struct Appendix: Sendable {
        public var kind: Kind
        public var title: String
        public var rows: [[String]]

        public init(kind: Kind, title: String, rows: [[String]]) {
            self.kind = kind
            self.title = title
            self.rows = rows
        }
    }

    public var organization: String
    public var address: String?
    /// `nil` while the order is a draft: blanks are printed for the head to fill in.
    public var number: String?
    public var date: CalendarDate?
    public var title: String
    public var grounds: String
    public var points: [String]
    public var headPosition: String
    public var headName: String
    public var acquainted: [String]
    public var appendix: Appendix?

    public init(
        organization: String, address: String?, number: String?, date: CalendarDate?, title: String, grounds: String,
        points: [String], headPosition: String, headName: String, acquainted: [String], appendix: Appendix?
    ) {
        self.organization = organization
        self.address = address
        self.number = number
        self.date = date
        self.title = title
        self.grounds = grounds
        self.points = points
        self.headPosition = headPosition
        self.headName = headName
        self.acquainted = acquainted
        self.appendix = appendix
    }

    /// The order as a DOCX, from the organization's template or the built-in one.
    /// The built-in template: the official layout with the markers of `schema`.
    public static var builtInTemplate: Data {
        get throws {
            let dateAndNumber = "от {{приказ.дата}} г.    № {{приказ.номер}}"
            var blocks: [WordDocument.Block] = [
                .paragraph(
                    .init(
                        "{{#организация.бланк}}{{организация.бланк}}{{/организация.бланк}}", alignment: .center)),
                .paragraph(.init("{{организация.наименование}}", bold: true, alignment: .center)),
                .paragraph(
                    .init(
                        "{{#организация.адрес}}{{организация.адрес}}{{/организация.адрес}}", alignment: .center,
                        size: 10)),
                .paragraph(.init("")), .paragraph(.init("ПРИКАЗ", bold: true, alignment: .center, size: 14)),
                .paragraph(.init("")), .paragraph(.init(dateAndNumber, alignment: .center)), .paragraph(.init("")),
                .paragraph(.init("{{приказ.заголовок}}", bold: true)), .paragraph(.init("")),
                .paragraph(.init("{{приказ.основание}},", alignment: .both)),
                .paragraph(.init("")), .paragraph(.init("ПРИКАЗЫВАЮ:", bold: true)),
                .paragraph(.init("{{#пункты}}{{номер}}. {{текст}}{{/пункты}}", alignment: .both)),
                .paragraph(.init("")), .paragraph(.init("")),
                .paragraph(.init("{{руководитель.должность}}  _______________  {{руководитель.фио}}")),
                .paragraph(.init("{{#ознакомление}}")), .paragraph(.init("")),
                .paragraph(.init("С приказом ознакомлены:")),
                .paragraph(
                    .init("{{#ознакомлены}}{{фио}}  _______________  «___» __________ 20___ г.{{/ознакомлены}}")),
                .paragraph(.init("{{/ознакомление}}")),
            ]
            for kind in Appendix.Kind.allCases {
                blocks += appendixBlocks(kind, dateAndNumber: dateAndNumber)
            }
            return try WordDocument(blocks: blocks).data()
        }
    }

    private static func appendixBlocks(_ kind: Appendix.Kind, dateAndNumber: String) -> [WordDocument.Block] {
        let (columns, widths): ([String], [Int]) =
            switch kind {
            case .mentorships:
                (
                    [
                        "№", "Наставник (ФИО, должность)", "Наставляемые (ФИО, класс или должность)",
                        "Форма наставничества", "Период",
                    ], [5, 28, 32, 18, 17]
                )
            case .changes:
                (
                    [
                        "№", "Наставник (ФИО, должность)", "Наставляемые (ФИО, класс или должность)",
                        "Форма наставничества", "Период", "Изменение",
                    ], [4, 24, 28, 15, 14, 15]
                )
            case .mentors: (["№", "ФИО", "Должность, класс", "Компетенции"], [6, 34, 26, 34])
            }
        var cells = zip(kind.columns, columns).map { field, _ in "{{\(field)}}" }
        cells[0] = "{{#\(kind.rows)}}" + cells[0]
        cells[cells.count - 1] += "{{/\(kind.rows)}}"
        return [
            .paragraph(.init("{{#\(kind.section)}}")), .pageBreak,
            .paragraph(.init("Приложение\nк приказу \(dateAndNumber)", alignment: .right)), .paragraph(.init("")),
            .paragraph(.init("{{приложение.заголовок}}", bold: true, alignment: .center)), .paragraph(.init("")),
            .table(.init(widths: widths, rows: [.cells(columns, header: true), .cells(cells, header: false)])),
            .paragraph(.init("{{/\(kind.section)}}")),
        ]
    }
}
