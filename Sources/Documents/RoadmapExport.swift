import Foundation
import MentoringCore

/// A roadmap as the documents people sign and the tables they keep: DOCX in the official table layout
/// (approval block, the columns the roadmap uses), XLSX and CSV with one row per activity.
public struct RoadmapExport {
    public var roadmap: Roadmap
    public var ownerName: String
    /// "Директор", "Начальник управления образования" — the approving position.
    public var headPosition: String
    public var headName: String

    public init(roadmap: Roadmap, ownerName: String, headPosition: String, headName: String) {
        self.roadmap = roadmap
        self.ownerName = ownerName
        self.headPosition = headPosition
        self.headName = headName
    }

    private enum Column: CaseIterable {
        case number, title, notes, due, responsible, deliverable, mark

        var header: String {
            switch self {
            case .number: "№ п/п"
            case .title: "Мероприятие"
            case .notes: "Содержание"
            case .due: "Сроки"
            case .responsible: "Ответственные"
            case .deliverable: "Результат, вид документа"
            case .mark: "Отметка о выполнении"
            }
        }

        var width: Int {
            switch self {
            case .number: 6
            case .title: 34
            case .notes: 30
            case .due: 14
            case .responsible: 16
            case .deliverable: 22
            case .mark: 14
            }
        }
    }

    /// The columns the roadmap has something in: an imported roadmap without dates exports without "Сроки".
    private var columns: [Column] {
        let activities = roadmap.activities
        return Column.allCases.filter { column in
            switch column {
            case .notes: activities.contains { $0.notes != nil }
            case .due: activities.contains { !$0.due.text.isEmpty }
            case .responsible: activities.contains { !$0.responsible.isEmpty }
            case .deliverable: activities.contains { $0.deliverable != nil }
            default: true
            }
        }
    }

    private func cell(_ column: Column, _ activity: RoadmapActivity) -> String {
        switch column {
        case .number: activity.number
        case .title: activity.title
        case .notes: activity.notes ?? ""
        case .due: activity.due.text
        case .responsible: activity.responsible.joined(separator: "\n")
        case .deliverable: activity.deliverable ?? ""
        case .mark:
            activity.status == .done
                ? "Выполнено" + (activity.doneOn.map { " \($0.russian)" } ?? "")
                : activity.status == .cancelled ? "Отменено" : ""
        }
    }

    private func stageHeading(_ stage: RoadmapStage) -> String {
        let title =
            stage.number.isEmpty || stage.title.lowercased().contains("этап")
            ? stage.title : "Этап \(stage.number). \(stage.title)"
        return stage.goal.map { "\(title)\nЗадача этапа: \($0)" } ?? title
    }

    private var periodText: String { roadmap.period.russian.map { "Период реализации: \($0)" } ?? "" }

    public func docx() throws -> Data {
        let columns = columns
        var rows: [WordDocument.Table.Row] = [.cells(columns.map(\.header), header: true)]
        for stage in roadmap.stages {
            if !stage.title.isEmpty { rows.append(.span(stageHeading(stage))) }
            rows += stage.activities.map { activity in .cells(columns.map { cell($0, activity) }, header: false) }
        }
        var approval = "УТВЕРЖДАЮ\n\(headPosition)\n\(ownerName)\n____________ \(headName)"
        approval += "\n" + (roadmap.approvalOrder ?? "приказ № ____ от «___» ________ 20__ г.")
        var blocks: [WordDocument.Block] = [
            .paragraph(.init(approval, alignment: .right)),
            .paragraph(.init("")),
            .paragraph(.init(roadmap.title, bold: true, alignment: .center, size: 14)),
        ]
        if !periodText.isEmpty { blocks.append(.paragraph(.init(periodText, alignment: .center))) }
        blocks.append(.paragraph(.init("")))
        blocks.append(.table(.init(widths: columns.map(\.width), rows: rows)))
        return try WordDocument(blocks: blocks, landscape: true).data()
    }

    private var tableHeader: [String] {
        [
            "Этап", "№", "Мероприятие", "Содержание", "Сроки", "Начало", "Окончание", "КТ", "Повтор",
            "Ответственные", "Результат, вид документа", "Статус", "Дата выполнения",
        ]
    }

    private var tableRows: [[String]] {
        roadmap.stages.flatMap { stage in
            stage.activities.map { activity in
                [
                    stageHeading(stage).components(separatedBy: "\n")[0], activity.number, activity.title,
                    activity.notes ?? "", activity.due.text,
                    activity.due.start?.russian ?? "", activity.due.end?.russian ?? "",
                    activity.due.checkpoint ? "да" : "",
                    activity.due.repeatRule?.title ?? "", activity.responsible.joined(separator: "; "),
                    activity.deliverable ?? "",
                    activity.status.title, activity.doneOn?.russian ?? "",
                ]
            }
        }
    }

    public func xlsx() throws -> Data {
        try Workbook(
            sheetName: "Дорожная карта", header: tableHeader,
            rows: tableRows.map { $0.map(Workbook.Cell.inferred) },
            widths: [30, 6, 50, 40, 22, 11, 11, 5, 14, 25, 35, 14, 12]
        ).data()
    }

    public func csv() -> Data {
        CSVTable.write([tableHeader] + tableRows)
    }
}
