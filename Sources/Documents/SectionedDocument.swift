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
            let heading = WordDocument.Paragraph("\(index + 1). \(section.heading)", bold: true, keepsWithNext: true)
            blocks += [.paragraph(.init("")), .paragraph(heading)]
            blocks += section.content.flatMap(Self.blocks)
        }
        // The signatures never stand alone on a page: the last lines of text go over with them.
        if case .paragraph(var last) = blocks.last {
            last.keepsWithNext = true
            blocks[blocks.count - 1] = .paragraph(last)
        }
        blocks += [.paragraph(.init("", keepsWithNext: true)), .paragraph(.init("", keepsWithNext: true))]
        blocks += signatures.enumerated().map { index, role in
            .paragraph(
                .init(
                    "\(role)  _______________  «___» __________ 20___ г.",
                    keepsWithNext: index < signatures.count - 1))
        }
        return WordDocument(blocks: blocks)
    }

    private static func blocks(_ content: Content) -> [WordDocument.Block] {
        switch content {
        case .text(let text):
            let lines = text.isEmpty ? [String(repeating: "_", count: 63)] : text.components(separatedBy: "\n")
            return lines.map { .paragraph(.init($0, alignment: .both)) }
        case .table(let columns, let widths, let rows):
            let body =
                rows.isEmpty
                ? [.cells(columns.map { _ in "—" }, header: false)]
                : rows.map { WordDocument.Table.Row.cells($0, header: false) }
            return [.table(.init(widths: widths, rows: [.cells(columns, header: true)] + body))]
        }
    }
}
