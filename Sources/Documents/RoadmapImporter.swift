import Foundation
import MentoringCore

/// Turns a document that holds a roadmap table into stages and activities: finds the title and period above
/// the table, the columns by their headers, the stage rows, and rows broken over several lines or pages.
public enum RoadmapImporter {
    public static func read(_ data: Data, fileName: String) throws -> RoadmapImport {
        try read(DocumentReader.read(data, fileName: fileName), fileName: fileName)
    }

    public static func read(_ document: TabularDocument, fileName: String = "") throws -> RoadmapImport {
        // Every cell is cleaned of HTML and stray spacing once; everything below reads clean cells.
        let blocks = document.blocks.map { block -> TabularDocument.Block in
            guard case .row(let cells, let line) = block else { return block }
            return .row(cells.map(CellText.clean), line: line)
        }
        guard blocks.contains(where: { if case .row = $0 { true } else { false } }) else { throw DocumentError.noTable }
        guard let (headerIndex, columns, header) = findHeader(blocks) else { throw DocumentError.noRoadmapColumns }
        let heading = RoadmapHeading(blocks: Array(blocks[..<headerIndex]), fileName: fileName)
        let lastRow = blocks.lastIndex { if case .row = $0 { true } else { false } } ?? headerIndex
        var builder = RoadmapBuilder(
            columns: columns, context: heading.context,
            headerCells: header.map { CellText.flat($0).lowercased() },
            numbersHaveDots: numbersHaveDots(blocks, columns))
        if headerIndex + 1 <= lastRow {
            for block in blocks[(headerIndex + 1)...lastRow] { builder.add(block) }
        }
        // Below the table only the list items that go on with its last cell belong to it; a signature does not.
        for block in blocks[(lastRow + 1)...] {
            guard case .text(let text, _) = block else { break }
            if RoadmapRowRepair.isSeparator([text]) { continue }
            guard builder.continuesList(CellText.flat(text)) else { break }
            builder.add(block)
        }
        return RoadmapImport(
            title: heading.title, period: heading.period, approvalOrder: heading.approvalOrder,
            stages: builder.stages, warnings: builder.warnings)
    }

    /// The header row, its columns and its cells. A header with a stray tab inside a word («Дли|тельность этапа») is
    /// read joined when that leaves fewer cells that name no column.
    private static func findHeader(_ blocks: [TabularDocument.Block]) -> (Int, RoadmapColumns, [String])? {
        for (index, block) in blocks.enumerated() {
            guard case .row(let cells, _) = block else { continue }
            let joined = RoadmapRowRepair.joinedWords(cells)
            let asIs = RoadmapColumns(header: cells)
            if joined != cells, let columns = RoadmapColumns(header: joined),
                columns.unknownCells < asIs.map(\.unknownCells) ?? .max
            {
                return (index, columns, joined)
            }
            if let asIs { return (index, asIs, cells) }
        }
        return nil
    }

    /// Whether activities are numbered "1.1", so a bare "1" row reads as a stage.
    private static func numbersHaveDots(_ blocks: [TabularDocument.Block], _ columns: RoadmapColumns) -> Bool {
        blocks.contains { block in
            guard case .row(let cells, _) = block else { return false }
            let number = columns.number.map { columns.cell($0, in: cells) } ?? columns.cell(columns.title, in: cells)
            return CellText.leadingNumber(CellText.number(number))?.number.contains(".") == true
        }
    }
}
