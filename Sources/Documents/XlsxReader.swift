import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an XLSX into rows of text (shared and inline strings, numbers as written, dates as
/// ДД.ММ.ГГГГ), each numbered as Excel shows it. Empty rows and cells are not kept; what is kept stays within a
/// `ReadingBudget`.
enum XlsxReader {
    static func read(_ data: Data) throws -> TabularDocument {
        guard let zip = SafeZip(data), zip.contains("[Content_Types].xml") else { throw DocumentError.notAnXlsx }
        let sharedPart = "xl/sharedStrings.xml"
        let sheetPart = "xl/worksheets/sheet1.xml"
        var shared: [String] = []
        if let strings = try zip.part(sharedPart, corrupt: .brokenXML(sharedPart)) {
            let reader = SharedStringsReader()
            try reader.parse(strings, part: sharedPart)
            shared = reader.strings
        }
        let stylesPart = "xl/styles.xml"
        let styles = XlsxDateStyles()
        if let data = try zip.part(stylesPart, corrupt: .brokenXML(stylesPart)) {
            try styles.parse(data, part: stylesPart)
        }
        guard let sheet = try zip.part(sheetPart, corrupt: .brokenXML(sheetPart)) else { throw DocumentError.notAnXlsx }
        let reader = SheetReader(shared: shared, dateStyles: styles.dates)
        try reader.parse(sheet, part: sheetPart)
        return TabularDocument(blocks: reader.rows)
    }

    /// The last row Excel has; a larger row number in a file is not trusted.
    static let lastRow = 1_048_576

    /// "C12" → column 2 (zero-based); nil when the letters name no column Excel has (beyond "XFD", 16 384).
    static func column(of reference: String) -> Int? {
        var index = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            if index > 16_384 { return nil }
        }
        return index > 0 ? index - 1 : nil
    }
}

private final class SharedStringsReader: BudgetedXMLReader {
    var strings: [String] = []
    private var current = ""
    private var inText = false

    override func start(_ name: String, attributes: [String: String]) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    override func characters(_ string: String) throws {
        guard inText else { return }
        try budget.text(string)
        current += string
    }

    override func end(_ name: String) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
}

private final class SheetReader: BudgetedXMLReader {
    let shared: [String]
    let dateStyles: Set<Int>
    var rows: [TabularDocument.Block] = []
    private var line = 0
    private var row: [String] = []
    private var column: Int?
    private var nextColumn = 0
    private var type = ""
    private var isDate = false
    private var value = ""
    private var reading = false

    init(shared: [String], dateStyles: Set<Int>) {
        self.shared = shared
        self.dateStyles = dateStyles
    }

    override func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "row":
            row = []
            nextColumn = 0
            let numbered = attributes["r"].flatMap { Int($0) }
                .flatMap { (1...XlsxReader.lastRow).contains($0) ? $0 : nil }
            line = max(line + 1, numbered ?? 0)
        case "c":
            // A cell without a reference is the one after the previous cell.
            column = attributes["r"].map(XlsxReader.column) ?? nextColumn
            nextColumn = (column ?? nextColumn) + 1
            type = attributes["t"] ?? ""
            isDate = attributes["s"].flatMap { Int($0) }.map(dateStyles.contains) ?? false
            value = ""
        case "v", "t": reading = true
        default: break
        }
    }

    override func characters(_ string: String) throws {
        guard reading else { return }
        try budget.text(string)
        value += string
    }

    override func end(_ name: String) throws {
        switch name {
        case "v", "t": reading = false
        case "c":
            let text =
                switch type {
                case "s": Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                case "" where isDate, "n" where isDate: XlsxDateStyles.text(ofDay: value) ?? value
                default: value
                }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
            let index = try budget.column(column, line: line)
            if row.count <= index { row.append(contentsOf: repeatElement("", count: index - row.count + 1)) }
            row[index] = text
        case "row" where !row.isEmpty:
            try budget.keepRow(width: row.count)
            rows.append(.row(row, line: line))
        default: break
        }
    }
}
