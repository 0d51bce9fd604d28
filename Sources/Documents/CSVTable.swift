import Foundation

/// CSV as Russian Excel writes it (";" separated) or as the rest of the world does (","); quotes and line breaks
/// inside quoted cells are kept.
public enum CSVTable {
    public static func parse(_ text: String) -> [[String]] {
        let firstLine = text.prefix { $0 != "\n" }
        let separator: Character = [";", "\t", ","].max { a, b in
            firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
        } ?? ";"
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let char = iterator.next() {
            if quoted {
                if char == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.append("\"") } else {
                            quoted = false
                            if next == separator { row.append(cell); cell = "" } else if next == "\n" || next == "\r\n" {
                                row.append(cell); rows.append(row); row = []; cell = ""
                            } else if next != "\r" { cell.append(next) }
                        }
                    } else { quoted = false }
                } else { cell.append(char) }
            } else if char == "\"" && cell.isEmpty {
                quoted = true
            } else if char == separator {
                row.append(cell); cell = ""
            } else if char == "\n" || char == "\r\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else if char != "\r" {
                cell.append(char)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    /// Cells joined by ";" with quotes where needed, CRLF line ends and a BOM, so Excel opens it in Cyrillic.
    public static func write(_ rows: [[String]]) -> Data {
        let body = rows.map { row in
            row.map { cell in
                cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ";")
        }.joined(separator: "\r\n")
        return Data(("\u{FEFF}" + body + "\r\n").utf8)
    }
}
