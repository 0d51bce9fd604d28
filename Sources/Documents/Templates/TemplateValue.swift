import Foundation
import MentoringCore

/// What a template's fields are filled with: a text, a list of items each filling a repeated block, or a picture.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case list([TemplateScope])
    case image(TemplateImage)
}

/// Field names and their values; an item of a list sees its own fields first, then those around it.
public struct TemplateScope: Sendable, Equatable {
    public var values: [String: TemplateValue]

    public init(_ values: [String: TemplateValue] = [:]) { self.values = values }

    public subscript(name: String) -> TemplateValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Sets a text field.
    public mutating func set(_ name: String, _ text: String) { values[name] = .text(text) }

    /// What a document prints where a date or a number is still to be written in by hand.
    public static let blankDate = "«___» ____________ 20___"
    public static let blankNumber = "______"

    /// Sets a date as ДД.ММ.ГГГГ, or the blank to write it in by hand.
    public mutating func set(_ name: String, date: CalendarDate?) { set(name, date?.russian ?? Self.blankDate) }

    /// Sets a number, or the blank to write it in by hand.
    public mutating func set(_ name: String, number: String?) { set(name, number ?? Self.blankNumber) }

    /// Sets a list: no items removes the block, one item shows it once.
    public mutating func set(_ name: String, items: [TemplateScope]) { values[name] = .list(items) }
}

/// The fields and repeated blocks a kind of document offers, with what each means, in Russian: what an uploaded
/// template is checked against and what the template page lists for the person editing it.
public struct TemplateSchema: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var meaning: String

        public init(_ name: String, _ meaning: String) {
            self.name = name
            self.meaning = meaning
        }
    }

    public struct Section: Sendable, Equatable {
        public var name: String
        public var meaning: String
        public var schema: TemplateSchema

        public init(_ name: String, _ meaning: String, _ schema: TemplateSchema) {
            self.name = name
            self.meaning = meaning
            self.schema = schema
        }
    }

    public var fields: [Field]
    public var sections: [Section]

    public init(fields: [Field], sections: [Section] = []) {
        self.fields = fields
        self.sections = sections
    }
}
