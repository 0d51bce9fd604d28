import Foundation
import MentoringCore

/// Reads table rows one by one into stages and activities. A row is a stage heading, a new activity, or the
/// continuation of the activity above (a row broken over two lines or pages) — never dropped.
struct RoadmapBuilder {
    let columns: RoadmapColumns
    let context: DueContext
    let headerCells: [String]
    let numbersHaveDots: Bool
    var stages: [RoadmapImport.Stage] = []
    var warnings: [RoadmapImport.Warning] = []

    init(columns: RoadmapColumns, context: DueContext, headerCells: [String], numbersHaveDots: Bool) {
        self.columns = columns
        self.context = context
        self.headerCells = headerCells
        self.numbersHaveDots = numbersHaveDots
    }

    private struct Row {
        var number: String
        var title: String
        var notes: String
        var due: String
        var responsible: String
        var deliverable: String
        var stage: String
        var line: Int

        var othersEmpty: Bool { notes.isEmpty && due.isEmpty && responsible.isEmpty && deliverable.isEmpty }
    }

    /// Adds a paragraph or a row whose cells are already cleaned (`CellText.clean`).
    mutating func add(_ block: TabularDocument.Block) {
        switch block {
        case .text(let text, let line):
            let cleaned = CellText.flat(CellText.clean(text))
            if !cleaned.isEmpty, !RoadmapRowRepair.isSeparator([cleaned]) {
                add(
                    Row(
                        number: "", title: cleaned, notes: "", due: "", responsible: "", deliverable: "", stage: "",
                        line: line))
            }
        case .row(var cells, let line):
            if isRepeatedHeader(cells) || isColumnNumbering(cells) || RoadmapRowRepair.isSeparator(cells) { return }
            cells = RoadmapRowRepair.repaired(cells, width: headerCells.count, columns: columns)
            // A vertically merged stage cell is left out of the rows below it when a table is saved as text.
            if let stage = columns.stage, cells.count == headerCells.count - 1 { cells.insert("", at: stage) }
            var row = Row(
                number: CellText.number(columns.cell(columns.number, in: cells)),
                title: CellText.flat(columns.cell(columns.title, in: cells)),
                notes: columns.cell(columns.notes, in: cells),
                due: CellText.flat(columns.cell(columns.due, in: cells)),
                responsible: columns.cell(columns.responsible, in: cells),
                deliverable: CellText.flat(columns.cell(columns.deliverable, in: cells)),
                stage: CellText.flat(columns.cell(columns.stage, in: cells)), line: line)
            let filled = cells.filter { !$0.isEmpty }
            // A row spanning the width (a merged cell or a line without tabs) is read by its text, whatever column it sits in.
            let spansFromNumber = !columns.cell(columns.number, in: cells).isEmpty
            if filled.count == 1 && columns.stage == nil && (cells.count == 1 || spansFromNumber)
                && CellText.leadingNumber(filled[0])?.rest != ""
            {
                row = Row(
                    number: "", title: CellText.flat(filled[0]), notes: "", due: "", responsible: "", deliverable: "",
                    stage: "", line: line)
            }
            add(row)
        }
    }

    private mutating func add(_ source: Row) {
        var row = source
        if row.number.isEmpty, row.stage.isEmpty, continuesList(row.title) {
            return continueActivity(row)
        }
        if row.number.isEmpty, let split = CellText.leadingNumber(row.title), !split.rest.isEmpty {
            row.number = split.number
            row.title = split.rest
        }
        if columns.stage != nil {
            if !row.stage.isEmpty {
                stages.append(stage(number: row.number, text: row.stage, line: row.line))
                row.number = ""
            }
            if !row.title.isEmpty || !row.notes.isEmpty && currentActivity == nil {
                appendActivity(row)
            } else {
                continueActivity(row)
            }
            return
        }
        if row.othersEmpty, let heading = StageHeading(row.title) {
            stages.append(
                .init(
                    number: heading.number ?? row.number, title: heading.title, goal: heading.goal, line: row.line,
                    activities: []))
        } else if row.othersEmpty, numbersHaveDots, !row.number.isEmpty, !row.number.contains("."), !row.title.isEmpty {
            stages.append(stage(number: row.number, text: row.title, line: row.line))
        } else if !row.number.isEmpty || !row.due.isEmpty || currentActivity == nil {
            appendActivity(row)
        } else {
            continueActivity(row)
        }
    }

    private func stage(number: String, text: String, line: Int) -> RoadmapImport.Stage {
        let heading = StageHeading(text)
        return .init(
            number: heading?.number ?? number, title: heading?.title ?? text, goal: heading?.goal, line: line,
            activities: [])
    }

    /// A line of a long cell that starts with its own list item («2. сроки проведения…»): the item goes on in
    /// lower case, or its bare number is one the stages have already passed.
    func continuesList(_ text: String) -> Bool {
        guard currentActivity != nil, let split = CellText.leadingNumber(text), let first = split.rest.first else {
            return false
        }
        if first.isLowercase { return true }
        guard numbersHaveDots, !split.number.contains("."), let number = Int(split.number) else { return false }
        return stages.contains { Int($0.number).map { $0 >= number } ?? false }
    }

    private var currentActivity: RoadmapImport.Activity? { stages.last?.activities.last }

    private mutating func appendActivity(_ row: Row) {
        if stages.isEmpty { stages.append(.init(number: "", title: "", goal: nil, line: row.line, activities: [])) }
        var title = row.title
        var notes = row.notes
        if title.isEmpty, !row.stage.isEmpty {
            title = row.stage
        } else if title.isEmpty {
            title = CellText.flat(notes)
            notes = ""
        }
        let parsed = DueDateParser.parse(row.due, context: context)
        if let warning = parsed.warning { warnings.append(.init(line: row.line, message: warning)) }
        let activity = RoadmapActivity(
            number: row.number, title: title, due: parsed.due, responsible: CellText.roles(row.responsible),
            deliverable: row.deliverable.isEmpty ? nil : row.deliverable, notes: notes.isEmpty ? nil : notes)
        stages[stages.count - 1].activities.append(.init(activity: activity, line: row.line))
    }

    private mutating func continueActivity(_ row: Row) {
        guard var current = currentActivity else { return appendActivity(row) }
        func joined(_ a: String, _ b: String, separator: String = " ") -> String {
            a.isEmpty ? b : b.isEmpty ? a : a + separator + b
        }
        current.activity.title = joined(current.activity.title, row.title)
        current.activity.notes = joined(current.activity.notes ?? "", row.notes, separator: "\n").nilIfEmpty
        if !row.responsible.isEmpty {
            var added = CellText.roles(row.responsible)
            // A cell broken over pages ("Управление" / "образования") continues its last role.
            if row.responsible.first?.isLowercase == true, !current.activity.responsible.isEmpty, !added.isEmpty {
                current.activity.responsible[current.activity.responsible.count - 1] += " " + added.removeFirst()
            }
            current.activity.responsible += added
        }
        let deliverable = joined(current.activity.deliverable ?? "", row.deliverable)
        current.activity.deliverable = deliverable.nilIfEmpty
        current.activity.deliverableKind = current.activity.deliverableKind ?? DeliverableKind.recognize(deliverable)
        stages[stages.count - 1].activities[stages[stages.count - 1].activities.count - 1] = current
    }

    private func isRepeatedHeader(_ cells: [String]) -> Bool {
        cells.map { CellText.flat($0).lowercased() } == headerCells
    }

    /// The "1 | 2 | 3 | 4 | 5" row many documents put under the header.
    private func isColumnNumbering(_ cells: [String]) -> Bool {
        let values = cells.map(CellText.flat).filter { !$0.isEmpty }
        return values.count >= 3 && values.enumerated().allSatisfy { $0.element == String($0.offset + 1) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
