import Foundation

/// A document of headed sections — the personal plan, the mentor's analytic report: a centered title, the facts
/// of who and when, then each section's text and tables.
public struct SectionedDocument: Sendable {
    public enum Content: Sendable {
        case text(String)
        case table(columns: [String], widths: [Int], rows: [[String]])
    }

    public struct Section: Sendable {
        public var heading: String
        public var content: [Content]

        public init(_ heading: String, _ content: [Content]) {
            self.heading = heading
            self.content = content
        }
    }

    public var organization: String
    public var title: String
    /// «Наставник: …», «Период: …».
    public var facts: [String]
    public var sections: [Section]
    /// Signature lines at the end: «Наставник», «Куратор».
    public var signatures: [String]

    public init(organization: String, title: String, facts: [String], sections: [Section], signatures: [String]) {
        self.organization = organization
        self.title = title
        self.facts = facts
        self.sections = sections
        self.signatures = signatures
    }

    public var word: WordDocument {
        var blocks: [WordDocument.Block] = [
            .paragraph(.init(organization, alignment: .center, size: 11)), .paragraph(.init("")),
            .paragraph(.init(title.uppercased(), bold: true, alignment: .center, size: 14)), .paragraph(.init("")),
        ]
        blocks += facts.map { .paragraph(.init($0)) }
        for (index, section) in sections.enumerated() {
            blocks += [.paragraph(.init("")), .paragraph(.init("\(index + 1). \(section.heading)", bold: true))]
            for content in section.content {
                switch content {
                case .text(let text):
                    let lines = text.isEmpty ? ["_______________________________________________________________"] : text.components(separatedBy: "\n")
                    blocks += lines.map { .paragraph(.init($0, alignment: .both)) }
                case .table(let columns, let widths, let rows):
                    let body = rows.isEmpty ? [.cells(columns.map { _ in "—" }, header: false)] : rows.map { WordDocument.Table.Row.cells($0, header: false) }
                    blocks.append(.table(.init(widths: widths, rows: [.cells(columns, header: true)] + body)))
                }
            }
        }
        blocks += [.paragraph(.init("")), .paragraph(.init(""))]
        blocks += signatures.map { .paragraph(.init("\($0)  _______________  «___» __________ 20___ г.")) }
        return WordDocument(blocks: blocks)
    }
}
