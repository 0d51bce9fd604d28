import Foundation
import MentoringCore

/// An XLSX with one sheet: a bold header row, text, number and date cells, column widths, the header frozen, rows as
/// tall as their wrapped text.
public struct Workbook: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A real date (a serial day number shown as ДД.ММ.ГГГГ), which a spreadsheet sorts and filters as a date.
        case date(CalendarDate)

        /// A date for a text that is exactly ДД.ММ.ГГГГ, the text otherwise.
        public static func inferred(_ text: String) -> Cell {
            guard text.count == 10, text.wholeMatch(of: /\d\d\.\d\d\.\d{4}/) != nil,
                let date = CalendarDate(parsing: text)
            else { return .text(text) }
            return .date(date)
        }
    }

    /// The spreadsheet's day 0: a date is stored as the days since it.
    static let dayZero = CalendarDate(year: 1899, month: 12, day: 30)!

    public var sheetName: String
    public var header: [String]
    public var rows: [[Cell]]
    public var widths: [Int]

    public init(sheetName: String, header: [String], rows: [[Cell]], widths: [Int] = []) {
        self.sheetName = sheetName
        self.header = header
        self.rows = rows
        self.widths = widths
    }

    public func data() throws -> Data {
        let zip = try ZipBuilder()
        try zip.add(
            "[Content_Types].xml",
            OfficeXML.contentTypes(
                main: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                mainPath: "/xl/workbook.xml",
                extra: [
                    "/xl/worksheets/sheet1.xml":
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                    "/xl/styles.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                ]))
        try zip.add(
            "_rels/.rels",
            OfficeXML.packageRelationships(
                main: "xl/workbook.xml",
                type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"))
        try zip.add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        try zip.add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="\(OfficeXML.escape(String(sheetName.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try zip.add("xl/styles.xml", Self.styles)
        try zip.add("xl/worksheets/sheet1.xml", sheetXML())
        return zip.data
    }

    func sheetXML() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            """
        if !widths.isEmpty {
            xml +=
                "<cols>"
                + widths.enumerated().map {
                    "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
                }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in ([header.map(Cell.text)] + rows).enumerated() {
            let height =
                row.enumerated().map { column, cell in
                    lineCount(cell, width: widths.indices.contains(column) ? widths[column] : 9)
                }.max() ?? 1
            let number = "r=\"\(index + 1)\""
            xml += height > 1 ? "<row \(number) ht=\"\(height * 15)\" customHeight=\"1\">" : "<row \(number)>"
            for (column, cell) in row.enumerated() {
                xml += cellXML(cell, reference: Self.columnName(column) + String(index + 1), header: index == 0)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private func cellXML(_ cell: Cell, reference: String, header: Bool) -> String {
        let style = header ? 1 : 2
        switch cell {
        case .text(let text):
            let inline = "<is><t xml:space=\"preserve\">\(OfficeXML.escape(text))</t></is>"
            return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\">\(inline)</c>"
        case .number(let value):
            let written = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(written)</v></c>"
        case .date(let date):
            return "<c r=\"\(reference)\" s=\"3\"><v>\(Self.dayZero.days(until: date))</v></c>"
        }
    }

    /// The lines a wrapped text takes in a column `width` characters wide: the row is given their height, as
    /// LibreOffice does not grow a row for wrapped text it did not lay out itself.
    private func lineCount(_ cell: Cell, width: Int) -> Int {
        guard case .text(let text) = cell else { return 1 }
        let perLine = max(1, width - 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
        return min(lines, 30)
    }

    /// 0 → "A", 26 → "AA".
    static func columnName(_ index: Int) -> String {
        var name = ""
        var value = index + 1
        while value > 0 {
            let remainder = (value - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            value = (value - 1) / 26
        }
        return name
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">\
        <alignment vertical="top"/></xf></cellXfs>\
        </styleSheet>
        """
}
