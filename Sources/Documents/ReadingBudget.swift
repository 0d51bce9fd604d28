import Foundation

/// What one uploaded file may unfold into. A few kilobytes of ZIP can describe a million rows or a cell spanning
/// thousands of columns; the readers count what they keep and stop with a message at the first bound passed, so
/// memory follows the useful content and not what the file claims.
struct ReadingBudget {
    /// A table wider than this is not a list of people or a roadmap.
    static let columns = 256
    /// Rows that hold text; empty rows are skipped and only counted as elements.
    static let rows = 100_000
    /// Cells kept, the empty ones between filled ones included.
    static let cells = 2_000_000
    /// XML elements read, kept or not: bounds the time a part of empty rows and cells takes.
    static let elements = 4_000_000
    /// Text kept, in UTF-8 bytes.
    static let textBytes = 16 * 1024 * 1024

    private var rows = 0
    private var cells = 0
    private var elements = 0
    private var textBytes = 0

    mutating func element() throws {
        elements += 1
        if elements > Self.elements { throw DocumentError.limitExceeded(.elements(Self.elements)) }
    }

    mutating func text(_ string: String) throws {
        textBytes += string.utf8.count
        if textBytes > Self.textBytes { throw DocumentError.limitExceeded(.text(megabytes: Self.textBytes >> 20)) }
    }

    /// A column index read from the file (zero-based); nil when the file named no valid column.
    func column(_ index: Int?, line: Int) throws -> Int {
        guard let index, index < Self.columns else {
            throw DocumentError.limitExceeded(.columns(Self.columns, line: line))
        }
        return index
    }

    /// Whether a cell at `index` is kept: past the width an empty cell is dropped and a filled one refused.
    func keeps(column index: Int, text: String, line: Int) throws -> Bool {
        guard index >= Self.columns else { return true }
        if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { _ = try column(index, line: line) }
        return false
    }

    /// A row with text is kept: its width counts towards the cells.
    mutating func keepRow(width: Int) throws {
        rows += 1
        cells += width
        if rows > Self.rows { throw DocumentError.limitExceeded(.rows(Self.rows)) }
        if cells > Self.cells { throw DocumentError.limitExceeded(.cells(Self.cells)) }
    }
}

/// Rows of a text table (CSV, tab-separated lines) as they are split, numbered by line: empty rows are skipped,
/// empty cells past the budget's width dropped, and a filled one there refused.
struct BudgetedRows {
    private(set) var rows: [TabularDocument.Block] = []
    private var row: [String] = []
    private var line = 0
    private var budget = ReadingBudget()

    mutating func add(_ cell: String) throws {
        try budget.text(cell)
        if try budget.keeps(column: row.count, text: cell, line: line + 1) { row.append(cell) }
    }

    mutating func endRow() throws {
        defer { row = [] }
        line += 1
        guard row.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { return }
        try budget.keepRow(width: row.count)
        rows.append(.row(row, line: line))
    }
}
