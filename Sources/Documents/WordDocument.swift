import Foundation

/// A DOCX in the official style: Times New Roman, A4, fields of 2/1/2/1.5 cm, paragraphs and tables.
public struct WordDocument: Sendable {
    public enum Alignment: String, Sendable { case left, center, right, both }

    public struct Paragraph: Sendable {
        public var text: String
        public var bold: Bool
        public var alignment: Alignment
        public var size: Int
        /// Kept on one page with the next paragraph: a heading with its text, the last lines with the signature.
        public var keepsWithNext: Bool
        /// Starts a new page (not at the top of the document): each diploma of a batch.
        public var breaksPageBefore: Bool

        public init(
            _ text: String, bold: Bool = false, alignment: Alignment = .left, size: Int = 12,
            keepsWithNext: Bool = false, breaksPageBefore: Bool = false
        ) {
            self.text = text
            self.bold = bold
            self.alignment = alignment
            self.size = size
            self.keepsWithNext = keepsWithNext
            self.breaksPageBefore = breaksPageBefore
        }
    }

    public struct Table: Sendable {
        public enum Row: Sendable {
            case cells([String], header: Bool)
            /// A row spanning every column: a stage heading.
            case span(String)
        }

        /// Relative widths; the table fills the page.
        public var widths: [Int]
        public var rows: [Row]

        public init(widths: [Int], rows: [Row]) {
            self.widths = widths
            self.rows = rows
        }
    }

    public enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
        /// The rest starts on a new page: an order's appendix.
        case pageBreak
    }

    public var blocks: [Block]
    public var landscape: Bool

    public init(blocks: [Block] = [], landscape: Bool = false) {
        self.blocks = blocks
        self.landscape = landscape
    }

    public func data() throws -> Data {
        let zip = try ZipBuilder()
        try zip.add(
            "[Content_Types].xml",
            OfficeXML.contentTypes(
                main: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                mainPath: "/word/document.xml",
                extra: ["/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"]
            ))
        try zip.add(
            "_rels/.rels",
            OfficeXML.packageRelationships(
                main: "word/document.xml",
                type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"))
        try zip.add(
            "word/_rels/document.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        try zip.add("word/styles.xml", Self.styles)
        try zip.add("word/document.xml", documentXML())
        return zip.data
    }

    private var pageWidth: Int { landscape ? 16838 : 11906 }
    private var textWidth: Int { pageWidth - 1134 - 851 }

    func documentXML() -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): body += Self.xml(paragraph)
            case .table(let table): body += xml(table) + Self.xml(Paragraph(""))
            case .pageBreak: body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        let (width, height) = landscape ? (16838, 11906) : (11906, 16838)
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="\(width)" w:h="\(height)"\(landscape ? " w:orient=\"landscape\"" : "")/>\
            <w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>\
            </w:body></w:document>
            """
    }

    static func xml(_ paragraph: Paragraph) -> String {
        let lines = paragraph.text.components(separatedBy: "\n")
        let runs = lines.enumerated().map { index, line in
            "<w:r><w:rPr>\(paragraph.bold ? "<w:b/>" : "")<w:sz w:val=\"\(paragraph.size * 2)\"/></w:rPr>"
                + (index > 0 ? "<w:br/>" : "") + "<w:t xml:space=\"preserve\">\(OfficeXML.escape(line))</w:t></w:r>"
        }.joined()
        let keep =
            (paragraph.keepsWithNext ? "<w:keepNext/>" : "")
            + (paragraph.breaksPageBefore ? "<w:pageBreakBefore/>" : "")
        let alignment = "<w:jc w:val=\"\(paragraph.alignment.rawValue)\"/>"
        return "<w:p><w:pPr>\(keep)<w:spacing w:after=\"0\"/>\(alignment)</w:pPr>\(runs)</w:p>"
    }

    private func xml(_ table: Table) -> String {
        let headers = table.rows.compactMap { row -> [String]? in
            if case .cells(let cells, header: true) = row { cells } else { nil }
        }
        let (widths, headerSize) = TableWidths.layout(relative: table.widths, headers: headers, total: textWidth)
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var xml = """
            <w:tbl><w:tblPr><w:tblW w:w="\(textWidth)" w:type="dxa"/><w:tblBorders><w:top \(border)/><w:left \(border)/>\
            <w:bottom \(border)/><w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>\
            <w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>
            """
        for row in table.rows {
            switch row {
            case .cells(let cells, let header):
                xml += "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
                for (index, cell) in cells.enumerated() where index < widths.count {
                    xml +=
                        "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/></w:tcPr>"
                        + Self.xml(
                            Paragraph(
                                cell, bold: header, alignment: header ? .center : .left,
                                size: header ? headerSize : 11)) + "</w:tc>"
                }
                xml += "</w:tr>"
            case .span(let text):
                xml +=
                    "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:gridSpan w:val=\"\(widths.count)\"/></w:tcPr>"
                    + Self.xml(Paragraph(text, bold: true, size: 11)) + "</w:tc></w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>\
        <w:sz w:val="24"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>\
        </w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        </w:styles>
        """
}

/// Pieces every Office Open XML package shares.
enum OfficeXML {
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                // Control characters are not allowed in XML 1.0.
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static func contentTypes(main: String, mainPath: String, extra: [String: String]) -> String {
        let overrides = ([mainPath: main].merging(extra) { a, _ in a }).sorted { $0.key < $1.key }
            .map { "<Override PartName=\"\($0.key)\" ContentType=\"\($0.value)\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\(overrides)</Types>
            """
    }

    static func packageRelationships(main: String, type: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(type)" Target="\(main)"/></Relationships>
        """
    }
}
