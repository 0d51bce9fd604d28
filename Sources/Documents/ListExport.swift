import Foundation

/// A list as the municipal forms lay it out («База наставников», «База наставляемых», survey answers):
/// the organization and the title above a numbered table. The same rows go to DOCX, XLSX and CSV.
public struct ListExport: Sendable {
    public var organization: String
    public var title: String
    public var subtitle: String?
    public var header: [String]
    /// Relative column widths, the «№» column excluded.
    public var widths: [Int]
    public var rows: [[String]]

    public init(
        organization: String, title: String, subtitle: String? = nil, header: [String], widths: [Int], rows: [[String]]
    ) {
        self.organization = organization
        self.title = title
        self.subtitle = subtitle
        self.header = header
        self.widths = widths
        self.rows = rows
    }

    private var numbered: [[String]] { rows.enumerated().map { [String($0.offset + 1)] + $0.element } }

    public func docx() throws -> Data {
        var blocks: [WordDocument.Block] = [
            .paragraph(.init(organization, alignment: .center)),
            .paragraph(.init("")),
            .paragraph(.init(title, bold: true, alignment: .center, size: 14)),
        ]
        if let subtitle { blocks.append(.paragraph(.init(subtitle, alignment: .center))) }
        blocks.append(.paragraph(.init("")))
        let table =
            [WordDocument.Table.Row.cells(["№ п/п"] + header, header: true)]
            + numbered.map { .cells($0, header: false) }
        blocks.append(.table(.init(widths: [5] + widths, rows: table)))
        return try WordDocument(blocks: blocks, landscape: header.count > 4).data()
    }

    public func xlsx() throws -> Data {
        try Workbook(
            sheetName: String(title.filter { !":/\\?*[]".contains($0) }.prefix(31)), header: ["№"] + header,
            rows: numbered.map { row in
                row.enumerated().map { $0.offset == 0 ? .number(Double($0.element)!) : .inferred($0.element) }
            },
            widths: [5] + widths.map { $0 * 2 }
        ).data()
    }

    public func csv() -> Data {
        CSVTable.write([["№"] + header] + numbered)
    }
}
