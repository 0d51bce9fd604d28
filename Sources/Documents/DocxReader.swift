import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the body of a DOCX: paragraphs outside tables as text, table rows as cells. A horizontally merged cell
/// keeps its columns (empty cells after it), a vertically merged one is empty below its first row, a nested
/// table's text goes into the cell that holds it. Columns past the budget's width are dropped when empty and refused
/// when they hold text, so a span of thousands of columns costs nothing.
enum DocxReader {
    static func read(_ data: Data) throws -> TabularDocument {
        guard let zip = SafeZip(data), zip.contains("[Content_Types].xml") else { throw DocumentError.notADocx }
        guard let xml = try zip.part("word/document.xml", corrupt: .brokenXML("word/document.xml")) else {
            throw DocumentError.notADocx
        }
        let reader = DocxBodyReader()
        try reader.parse(xml, part: "word/document.xml")
        return TabularDocument(blocks: reader.blocks)
    }
}

private final class DocxBodyReader: BudgetedXMLReader {
    var blocks: [TabularDocument.Block] = []
    private var line = 0
    private var tableDepth = 0
    private var paragraph = ""
    private var inText = false
    private var cellParagraphs: [String] = []
    private var cellSpan = 1
    private var cellContinuesMerge = false
    private var row: [String] = []

    override func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "w:tbl": tableDepth += 1
        case "w:tr" where tableDepth == 1: row = []
        case "w:tc" where tableDepth == 1:
            cellParagraphs = []
            cellSpan = 1
            cellContinuesMerge = false
        case "w:gridSpan" where tableDepth == 1:
            cellSpan = max(1, min(ReadingBudget.columns, Int(attributes["w:val"] ?? "1") ?? 1))
        case "w:vMerge" where tableDepth == 1:
            cellContinuesMerge = (attributes["w:val"] ?? "continue") == "continue"
        case "w:p": paragraph = ""
        case "w:t": inText = true
        case "w:tab": paragraph += " "
        case "w:br", "w:cr": paragraph += "\n"
        default: break
        }
    }

    override func characters(_ string: String) throws {
        guard inText else { return }
        try budget.text(string)
        paragraph += string
    }

    override func end(_ name: String) throws {
        switch name {
        case "w:t": inText = false
        case "w:p":
            line += 1
            if tableDepth == 0 {
                if !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
                    blocks.append(.text(paragraph, line: line))
                }
            } else if !paragraph.isEmpty {
                cellParagraphs.append(paragraph)
            }
        case "w:tc" where tableDepth == 1:
            let text = cellContinuesMerge ? "" : cellParagraphs.joined(separator: "\n")
            guard try budget.keeps(column: row.count, text: text, line: line + 1) else { return }
            row.append(text)
            row.append(contentsOf: repeatElement("", count: min(cellSpan - 1, ReadingBudget.columns - row.count)))
        case "w:tr" where tableDepth == 1:
            line += 1
            if row.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                try budget.keepRow(width: row.count)
                blocks.append(.row(row, line: line))
            }
        case "w:tbl": tableDepth -= 1
        default: break
        }
    }
}
