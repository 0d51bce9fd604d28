import Fluent
import FluentKit
import Foundation
import MentoringCore

/// One field of a form as `partials/field.leaf` draws it: label, value, help and the message next to it.
struct FormField: Encodable, Sendable {
    struct Option: Encodable, Sendable {
        var value: String
        var title: String
        var selected: Bool
    }

    var name: String
    /// The element's id, which its label and error message point to; unique on the page.
    var id: String
    var label: String
    var kind: String
    var value: String
    var required: Bool
    var help: String?
    var error: String?
    var options: [Option] = []
    var autocomplete: String?

    init(
        _ name: String, _ label: String, kind: String = "text", value: String? = nil, required: Bool = false,
        help: String? = nil, failure: ValidationFailure? = nil, options: [Option] = [], autocomplete: String? = nil
    ) {
        self.name = name
        self.id = "f-" + name
        self.label = label
        self.kind = kind
        self.value = value ?? ""
        self.required = required
        self.help = help
        // Dates are typed as ДД.ММ.ГГГГ on every form, not picked in a browser's own calendar.
        if kind == "date" {
            self.kind = "text"
            self.value = CalendarDate(parsing: self.value)?.russian ?? self.value
            self.help = help.map { "ДД.ММ.ГГГГ. " + $0 } ?? "ДД.ММ.ГГГГ, например 14.03.2011."
        }
        self.error = failure?.fields[name]
        self.options = options
        self.autocomplete = autocomplete
    }

    /// Options from an enumeration with titles, with an empty choice first when the field is optional.
    static func options<T: CaseIterable & RawRepresentable>(
        _ type: T.Type, selected: String?, title: (T) -> String,
        empty: String? = nil
    ) -> [Option] where T.RawValue == String {
        let head = empty.map { [Option(value: "", title: $0, selected: (selected ?? "").isEmpty)] } ?? []
        return head
            + type.allCases.map { Option(value: $0.rawValue, title: title($0), selected: $0.rawValue == selected) }
    }
}
