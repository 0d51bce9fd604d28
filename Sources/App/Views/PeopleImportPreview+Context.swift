import Documents
import Foundation
import MentoringCore

/// A people list before it is saved (`imports/preview.leaf`): the columns as recognised, each row's outcome.
struct PeopleImportPreviewContext: Encodable, Sendable {
    struct Column: Encodable, Sendable {
        var header: String
        var options: [FormField.Option]
    }

    struct Row: Encodable, Sendable {
        var line: Int
        var name: String
        var outcome: String
        var outcomeTitle: String
        var reason: String?
    }

    var meta: PageMeta
    var action: String
    var fileName: String
    var category: String
    var categories: [FormField.Option]
    var columns: [Column]
    var mapping: String
    var ready: Int
    var duplicates: Int
    var rejected: Int
    var rows: [Row]
    var shown: Int
    var total: Int

    init(meta: PageMeta, upload: UUID, fileName: String, preview: ImportPreview, category: Person.Category) {
        let titles: [ImportRow.Outcome: String] = [
            .ready: "Будет добавлен", .duplicate: "Уже есть", .rejected: "Ошибка",
        ]
        // Every problem row, and the first rows that are fine: a 30 000-row list does not become a 30 000-row page.
        let problems = preview.rows.filter { $0.outcome != .ready }
        let shownRows = Array(preview.rows.filter { $0.outcome == .ready }.prefix(100)) + problems.prefix(1000)
        self.meta = meta
        action = SiteURL.peopleImport(.id(upload)).path
        self.fileName = fileName
        self.category = category.rawValue
        categories = FormField.options(Person.Category.self, selected: category.rawValue, title: \.title)
        columns = zip(preview.header, preview.mapping).map { header, column in
            Column(
                header: header,
                options: [.init(value: "", title: "— не загружать —", selected: column == nil)]
                    + PeopleColumn.allCases.map { .init(value: $0.rawValue, title: $0.title, selected: $0 == column) })
        }
        mapping = preview.mapping.map { $0?.rawValue ?? "" }.joined(separator: ",")
        ready = preview.count(.ready)
        duplicates = preview.count(.duplicate)
        rejected = preview.count(.rejected)
        rows = shownRows.sorted { $0.line < $1.line }.map {
            Row(
                line: $0.line, name: $0.name, outcome: $0.outcome.rawValue, outcomeTitle: titles[$0.outcome] ?? "",
                reason: $0.reason)
        }
        shown = shownRows.count
        total = preview.rows.count
    }
}
