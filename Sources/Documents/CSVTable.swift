import Foundation

/// CSV as Russian Excel writes it (";" separated) or as the rest of the world does (","); quotes and line breaks
/// inside quoted cells are kept.
public enum CSVTable {
    /// The rows that hold text, numbered by line, within a `ReadingBudget`.
    public static func parse(_ text: String) throws -> TabularDocument {
        let firstLine = text.prefix { $0 != "\n" }
        let separator: Character =
            [";", "\t", ","].max { a, b in
                firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
            } ?? ";"
        var table = BudgetedRows()
        var cell = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let char = iterator.next() {
            if quoted {
                guard char == "\"" else {
                    cell.append(char)
                    continue
                }
                guard let next = iterator.next() else {
                    quoted = false
                    continue
                }
                if next == "\"" {
                    cell.append("\"")
                    continue
                }
                quoted = false
                if next == separator {
                    try table.add(cell)
                    cell = ""
                } else if next == "\n" || next == "\r\n" {
                    try table.add(cell)
                    try table.endRow()
                    cell = ""
                } else if next != "\r" {
                    cell.append(next)
                }
            } else if char == "\"" && cell.isEmpty {
                quoted = true
            } else if char == separator {
                try table.add(cell)
                cell = ""
            } else if char == "\n" || char == "\r\n" {
                try table.add(cell)
                try table.endRow()
                cell = ""
            } else if char != "\r" {
                cell.append(char)
            }
        }
        if !cell.isEmpty { try table.add(cell) }
        try table.endRow()
        return TabularDocument(blocks: table.rows)
    }

    /// Cells joined by ";" with quotes where needed, CRLF line ends and a BOM, so Excel opens it in Cyrillic. A cell
    /// that a spreadsheet would run as a formula (it starts with = + - @, a tab or CR) gets a leading apostrophe, so
    /// a name or an answer like `=HYPERLINK(…)` stays text; plain numbers such as «-2,0» are left as they are.
    public static func write(_ rows: [[String]]) -> Data {
        let body = rows.map { row in
            row.map(neutralized).map { cell in
                cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ";")
        }.joined(separator: "\r\n")
        return Data(("\u{FEFF}" + body + "\r\n").utf8)
    }

    static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if cell.range(of: #"^[-+]?[0-9]+([.,][0-9]+)?$"#, options: .regularExpression) != nil { return cell }
        return "'" + cell
    }
}
