import Foundation

/// Which column of a roadmap table holds what, found by the header's words in whatever order the document has.
struct RoadmapColumns: Equatable {
    var number: Int?
    var stage: Int?
    var title: Int
    var notes: Int?
    var due: Int?
    var responsible: Int?
    var deliverable: Int?
    /// Filled header cells that name no known column («Дли» of a «Дли|тельность» broken by a stray tab).
    var unknownCells = 0

    /// Nil unless the row (of cleaned cells) reads as a roadmap header: a title column and at least one other known column.
    init?(header cells: [String]) {
        var number: Int?
        var stage: Int?
        var due: Int?
        var responsible: Int?
        var deliverable: Int?
        var titles: [(index: Int, rank: Int)] = []
        for (index, raw) in cells.enumerated() {
            let text = CellText.flat(raw).lowercased()
            guard !text.isEmpty else { continue }
            if text.hasPrefix("№") || text.contains("п/п") || text.contains("n/n") || text == "n" || text == "номер" {
                if number == nil { number = index }
            } else if ["срок", "длительн", "дата", "период", "когда"].contains(where: text.contains) {
                if due == nil { due = index }
            } else if text.contains("ответствен") || text.contains("исполнител") {
                if responsible == nil { responsible = index }
            } else if ["результат", "вид документа", "продукт", "документ", "отчетн", "отчётн"].contains(
                where: text.contains)
            {
                if deliverable == nil { deliverable = index }
            } else if text.contains("мероприят") || text.contains("вид работ") || text.contains("наименование работ") {
                titles.append((index, text.contains("содержани") ? 1 : 2))
            } else if text.contains("содержани") || text.contains("деятельност") {
                titles.append((index, 1))
            } else if text.contains("этап") {
                if stage == nil { stage = index }
            } else {
                unknownCells += 1
            }
        }
        guard let best = titles.max(by: { $0.rank < $1.rank || ($0.rank == $1.rank && $0.index > $1.index) }) else {
            return nil
        }
        guard [number, due, responsible, deliverable, stage].contains(where: { $0 != nil }) else { return nil }
        self.number = number
        self.stage = stage
        self.title = best.index
        self.notes = titles.first { $0.index != best.index }?.index
        self.due = due
        self.responsible = responsible
        self.deliverable = deliverable
    }

    /// The text of a column in a row of cleaned cells; empty when the row is shorter.
    func cell(_ column: Int?, in row: [String]) -> String {
        guard let column, column < row.count else { return "" }
        return row[column]
    }
}
