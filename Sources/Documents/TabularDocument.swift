import Foundation

/// A document as the importers see it: its paragraphs and table rows, in reading order.
public struct TabularDocument: Equatable, Sendable {
    public enum Block: Equatable, Sendable {
        case text(String, line: Int)
        case row([String], line: Int)

        public var line: Int {
            switch self {
            case .text(_, let line), .row(_, let line): line
            }
        }
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Plain text as the samples have it: a line with tabs is a table row, any other non-empty line a paragraph.
    public init(text: String) throws {
        var blocks: [Block] = []
        var budget = ReadingBudget()
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.contains("\t") {
                var row = BudgetedRows()
                for cell in line.split(separator: "\t", omittingEmptySubsequences: false) { try row.add(String(cell)) }
                try row.endRow()
                guard case .row(let cells, _)? = row.rows.first else { continue }
                try budget.keepRow(width: cells.count)
                blocks.append(.row(cells, line: number))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                try budget.text(String(line))
                blocks.append(.text(String(line), line: number))
            }
        }
        self.blocks = blocks
    }
}

/// The formats a roadmap can arrive in, told apart by content first and the file name second.
public enum DocumentFormat: String, Sendable {
    case docx, xlsx, csv, text

    public static func detect(fileName: String, data: Data) throws -> DocumentFormat {
        let ext = (fileName as NSString).pathExtension.lowercased()
        let isZip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        switch ext {
        case "docx": return .docx
        case "xlsx": return .xlsx
        case "csv": return .csv
        case "txt", "tsv", "text", "": return isZip ? .docx : .text
        case "doc", "xls", "pdf", "rtf", "odt", "ods":
            throw DocumentError.unsupportedFormat(fileName)
        default:
            if isZip { return .docx }
            throw DocumentError.unsupportedFormat(fileName)
        }
    }
}

/// Reads any supported file into a `TabularDocument`, within the limits that keep a server safe.
public enum DocumentReader {
    public static let maximumBytes = 20 * 1024 * 1024

    public static func read(_ data: Data, fileName: String) throws -> TabularDocument {
        guard !data.isEmpty else { throw DocumentError.empty }
        guard data.count <= maximumBytes else { throw DocumentError.tooLarge(limitMB: maximumBytes / 1024 / 1024) }
        switch try DocumentFormat.detect(fileName: fileName, data: data) {
        case .docx: return try DocxReader.read(data)
        case .xlsx: return try XlsxReader.read(data)
        case .csv: return try CSVTable.parse(try decodeText(data))
        case .text: return try TabularDocument(text: try decodeText(data))
        }
    }

    /// UTF-8 (with or without BOM), else Windows-1251, as Russian offices still save.
    static func decodeText(_ data: Data) throws -> String {
        if data.contains(0) { throw DocumentError.unsupportedFormat("двоичный файл") }
        if let text = String(data: data, encoding: .utf8) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        if let text = String(data: data, encoding: .windowsCP1251) { return text }
        throw DocumentError.unsupportedFormat("текст в неизвестной кодировке")
    }
}
