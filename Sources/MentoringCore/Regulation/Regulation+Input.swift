import Foundation

/// The regulation as the curator edits it: each section's title and its points. A section left with neither is
/// dropped, so a form can offer an empty one to add and a section is removed by clearing it.
public struct RegulationInput: Codable, Sendable, Equatable {
    public struct Section: Codable, Sendable, Equatable {
        public var title: String?
        public var points: [String]?

        public init(title: String?, points: [String]?) {
            self.title = title
            self.points = points
        }
    }

    public var sections: [Section]?

    public init(sections: [Section]?) { self.sections = sections }

    /// Field names are `sections.N.title` and `sections.N.points`, N counting from 1 as the form shows them.
    public func validated() throws(ValidationFailure) -> Regulation {
        var reader = FieldReader()
        var sections: [Regulation.Section] = []
        for (index, section) in (self.sections ?? []).enumerated() {
            let field = "sections.\(index + 1)"
            let title = reader.optional(section.title)
            let points = (section.points ?? []).compactMap(reader.optional)
            if title == nil, points.isEmpty { continue }
            guard let title else {
                reader.failure.add("\(field).title", "Назовите раздел или удалите его пункты.")
                continue
            }
            _ = reader.limited("\(field).title", title, maxLength: Regulation.maximumTitleLength)
            if points.isEmpty { reader.failure.add("\(field).points", "Добавьте хотя бы один пункт.") }
            if points.count > Regulation.maximumPoints {
                reader.failure.add("\(field).points", "Не больше \(Regulation.maximumPoints) пунктов в разделе.")
            }
            if let long = points.firstIndex(where: { $0.count > Regulation.maximumPointLength }) {
                reader.failure.add(
                    "\(field).points", "Пункт \(long + 1) длиннее \(Regulation.maximumPointLength) символов.")
            }
            sections.append(.init(title: title, points: points))
        }
        if sections.isEmpty { reader.failure.add("sections", "В положении должен быть хотя бы один раздел.") }
        if sections.count > Regulation.maximumSections {
            reader.failure.add("sections", "Не больше \(Regulation.maximumSections) разделов.")
        }
        try reader.failure.throwIfAny()
        return Regulation(sections: sections)
    }
}
