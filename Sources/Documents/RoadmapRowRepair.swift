import Foundation

/// Puts back the cells of a roadmap row that a document's author or its export broke: a number typed into the
/// title's cell, a tab slipped inside a word. The row then lines up with the header again, so no column shifts.
enum RoadmapRowRepair {
    /// Cleaned cells, lined up with a header of `width` cells.
    static func repaired(_ cells: [String], width: Int, columns: RoadmapColumns) -> [String] {
        var cells = cells
        // A number cell that also holds the title leaves the row one cell short of the header.
        let titled = columns.number.flatMap { number -> (Int, (number: String, rest: String))? in
            guard columns.title == number + 1, number < cells.count,
                let split = CellText.leadingNumber(CellText.flat(cells[number])), !split.rest.isEmpty
            else {
                return nil
            }
            return (number, split)
        }
        let expected = titled == nil ? width : width - 1
        while cells.count > expected, let join = strayTab(in: cells) { cells = joining(cells, at: join) }
        if let (number, split) = titled, cells.count == width - 1 {
            cells.replaceSubrange(number...number, with: [split.number, split.rest])
        }
        return cells
    }

    /// Every stray tab joined: for a header, whose width is not known beforehand.
    static func joinedWords(_ cells: [String]) -> [String] {
        var cells = cells
        while let join = strayTab(in: cells) { cells = joining(cells, at: join) }
        return cells
    }

    private static func joining(_ cells: [String], at index: Int) -> [String] {
        var cells = cells
        cells[index] += cells[index + 1]
        cells.remove(at: index + 1)
        return cells
    }

    /// Whether a row is only a separator: dashes, underscores, equals signs or dots and nothing else.
    static func isSeparator(_ cells: [String]) -> Bool {
        let text = cells.joined()
        return !text.isEmpty && text.allSatisfy { "-–—_=.*~ \t".contains($0) } && text.contains { "-–—_=".contains($0) }
    }

    /// The first place where a cell ends inside a word and the next one goes on with it in lower case.
    private static func strayTab(in cells: [String]) -> Int? {
        guard cells.count > 1 else { return nil }
        return (0..<(cells.count - 1)).first { index in
            guard let last = cells[index].last, let first = cells[index + 1].first else { return false }
            return last.isLetter && first.isLetter && first.isLowercase
        }
    }
}
