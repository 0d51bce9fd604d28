import Foundation
import MentoringCore

/// An order of the head in the official layout: the organization's header, «ПРИКАЗ», date and number, the title,
/// the grounds, the operative points, the signature, the «ознакомлены» lines and an appendix table.
public struct OrderDocument: Sendable {
    public struct Appendix: Sendable {
        public var title: String
        public var columns: [String]
        public var widths: [Int]
        public var rows: [[String]]

        public init(title: String, columns: [String], widths: [Int], rows: [[String]]) {
            self.title = title
            self.columns = columns
            self.widths = widths
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

    var dateAndNumber: String {
        let date = date.map { "от \($0.russian) г." } ?? "от «___» ____________ 20___ г."
        return "\(date)    № \(number ?? "______")"
    }

    public var word: WordDocument {
        var blocks: [WordDocument.Block] = [
            .paragraph(.init(organization.uppercased(), bold: true, alignment: .center))
        ]
        if let address, !address.isEmpty { blocks.append(.paragraph(.init(address, alignment: .center, size: 10))) }
        blocks += [
            .paragraph(.init("")), .paragraph(.init("ПРИКАЗ", bold: true, alignment: .center, size: 14)),
            .paragraph(.init("")), .paragraph(.init(dateAndNumber, alignment: .center)), .paragraph(.init("")),
            .paragraph(.init(title, bold: true)), .paragraph(.init("")),
            .paragraph(.init(grounds.trimmingCharacters(in: .whitespacesAndNewlines) + ",", alignment: .both)),
            .paragraph(.init("")), .paragraph(.init("ПРИКАЗЫВАЮ:", bold: true)),
        ]
        for (index, point) in points.enumerated() {
            blocks.append(.paragraph(.init("\(index + 1). \(point)", alignment: .both)))
        }
        blocks += [
            .paragraph(.init("")), .paragraph(.init("")),
            .paragraph(.init("\(headPosition)  _______________  \(headName)")),
        ]
        if !acquainted.isEmpty {
            blocks += [.paragraph(.init("")), .paragraph(.init("С приказом ознакомлены:"))]
            blocks += acquainted.map { .paragraph(.init("\($0)  _______________  «___» __________ 20___ г.")) }
        }
        if let appendix {
            blocks += [
                .pageBreak, .paragraph(.init("Приложение\nк приказу \(dateAndNumber)", alignment: .right)),
                .paragraph(.init("")),
                .paragraph(.init(appendix.title, bold: true, alignment: .center)), .paragraph(.init("")),
            ]
            let rows =
                [WordDocument.Table.Row.cells(appendix.columns, header: true)]
                + appendix.rows.map { .cells($0, header: false) }
            blocks.append(.table(.init(widths: appendix.widths, rows: rows)))
        }
        return WordDocument(blocks: blocks)
    }
}
