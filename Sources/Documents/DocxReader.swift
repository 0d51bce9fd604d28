import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the body of a DOCX: paragraphs outside tables as text, table rows as cells. A horizontally merged cell
/// keeps its columns (empty cells after it), a vertically merged one is empty below its first row, a nested
/// table's text goes into the cell that holds it.
enum DocxReader {
    static func read(_ data: Data) throws -> TabularDocument {
        guard let zip = SafeZip(data), zip.contains("[Content_Types].xml") else { throw DocumentError.notADocx }
        guard let xml = try zip.part("word/document.xml", corrupt: .brokenXML("word/document.xml")) else {
            throw DocumentError.notADocx
        }
        let handler = DocxBodyHandler()
        // A stream feeds libxml2 in chunks: a part handed over whole stops at its 10 MB input limit (a 60 000-row sheet).
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        guard parser.parse(), parser.parserError == nil else { throw DocumentError.brokenXML("word/document.xml") }
        return TabularDocument(blocks: handler.blocks)
    }
}

private final class DocxBodyHandler: NSObject, XMLParserDelegate {
    var blocks: [TabularDocument.Block] = []
    private var line = 0
    private var tableDepth = 0
    private var paragraph = ""
    private var inText = false
    private var cellParagraphs: [String] = []
    private var cellSpan = 1
    private var cellContinuesMerge = false
    private var row: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl": tableDepth += 1
        case "w:tr" where tableDepth == 1: row = []
        case "w:tc" where tableDepth == 1:
            cellParagraphs = []; cellSpan = 1; cellContinuesMerge = false
        case "w:gridSpan" where tableDepth == 1:
            cellSpan = max(1, min(64, Int(attributes["w:val"] ?? "1") ?? 1))
        case "w:vMerge" where tableDepth == 1:
            cellContinuesMerge = (attributes["w:val"] ?? "continue") == "continue"
        case "w:p": paragraph = ""
        case "w:t": inText = true
        case "w:tab": paragraph += " "
        case "w:br", "w:cr": paragraph += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            line += 1
            if tableDepth == 0 {
                if !paragraph.trimmingCharacters(in: .whitespaces).isEmpty { blocks.append(.text(paragraph, line: line)) }
            } else if !paragraph.isEmpty {
                cellParagraphs.append(paragraph)
            }
        case "w:tc" where tableDepth == 1:
            row.append(cellContinuesMerge ? "" : cellParagraphs.joined(separator: "\n"))
            row.append(contentsOf: Array(repeating: "", count: cellSpan - 1))
        case "w:tr" where tableDepth == 1:
            line += 1
            if row.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
                blocks.append(.row(row, line: line))
            }
        case "w:tbl": tableDepth -= 1
        default: break
        }
    }
}
