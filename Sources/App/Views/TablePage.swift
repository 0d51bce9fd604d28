import Foundation
import MentoringCore

/// What the pages' tables are made of, for the partials they share (`partials/list-table`, `partials/filters`,
/// `partials/bulk-start` and `partials/bulk-end`).
enum TablePage {
    struct Cell: Encodable, Sendable {
        var text: String
        var url: String?
        /// A status badge class suffix (`status-…`), when the cell is a status.
        var status: String?

        init(_ text: String, url: String? = nil, status: String? = nil) {
            self.text = text
            self.url = url
            self.status = status
        }
    }

    struct Row: Encodable, Sendable {
        var cells: [Cell]
    }

    struct Table: Encodable, Sendable {
        var title: String?
        var columns: [String]
        var rows: [Row]
        var empty: String
    }

    /// A form around a page's first table: a checkbox per row and the action's fields.
    struct Bulk: Encodable, Sendable {
        var action: String
        var fields: [FormField]
        var submitTitle: String
        var error: String?

        /// The fields get ids of their own: a filter above the table may have a field of the same name.
        init(action: String, fields: [FormField], submitTitle: String, error: String? = nil) {
            self.action = action
            self.fields = fields.map { field in
                var field = field
                field.id = "b-" + field.name
                return field
            }
            self.submitTitle = submitTitle
            self.error = error
        }
    }

    struct Filters: Encodable, Sendable {
        var action: String
        var fields: [FormField]
    }
}
