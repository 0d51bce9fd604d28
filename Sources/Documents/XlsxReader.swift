import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the first worksheet of an XLSX into rows of text (shared and inline strings, numbers as written).
enum XlsxReader {
    static func read(_ data: Data) throws -> [[String]] {
        guard let zip = SafeZip(data), zip.contains("[Content_Types].xml") else { throw DocumentError.notAnXlsx }
        var shared: [String] = []
        if let strings = try zip.part("xl/sharedStrings.xml", corrupt: .brokenXML("xl/sharedStrings.xml")) {
            let handler = SharedStringsHandler()
            try parse(strings, with: handler, part: "xl/sharedStrings.xml")
            shared = handler.strings
        }
        guard let sheet = try zip.part("xl/worksheets/sheet1.xml", corrupt: .brokenXML("xl/worksheets/sheet1.xml")) else {
            throw DocumentError.notAnXlsx
        }
        let handler = SheetHandler(shared: shared)
        try parse(sheet, with: handler, part: "xl/worksheets/sheet1.xml")
        return handler.rows
    }

    private static func parse(_ data: Data, with delegate: any XMLParserDelegate, part: String) throws {
        // A stream feeds libxml2 in chunks: a part handed over whole stops at its 10 MB input limit (a 60 000-row sheet).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil else { throw DocumentError.brokenXML(part) }
    }

    /// "C12" → column index 2 (zero-based).
    static func column(of reference: String) -> Int {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
        }
        return max(0, index - 1)
    }
}

private final class SharedStringsHandler: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
}

private final class SheetHandler: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [[String]] = []
    private var row: [String] = []
    private var column = 0
    private var type = ""
    private var value = ""
    private var reading = false

    init(shared: [String]) { self.shared = shared }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "row": row = []
        case "c":
            column = attributes["r"].map(XlsxReader.column) ?? row.count
            type = attributes["t"] ?? ""
            value = ""
        case "v", "t": reading = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": reading = false
        case "c":
            guard column < 256 else { return }
            let text = type == "s" ? Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? "" : value
            if row.count <= column { row.append(contentsOf: Array(repeating: "", count: column - row.count + 1)) }
            row[column] = text
        case "row": rows.append(row)
        default: break
        }
    }
}
