import Foundation
import MentoringCore

/// The mentor registry (`bases/registry.leaf`): candidates with consent, whom an order puts into the registry, and
/// those already in it.
struct RegistryContext: Encodable, Sendable {
    struct Group: Encodable, Sendable {
        var candidates: Bool
        /// Rows carry checkboxes inside the status form.
        var selectable: Bool
        var rows: [MentorBaseRow]
    }

    var meta: PageMeta
    var document: String
    var bulk: TablePage.Bulk?
    var groups: [Group]

    init(meta: PageMeta, program: UUID, bulk: TablePage.Bulk?, candidates: [MentorBaseRow], registered: [MentorBaseRow])
    {
        self.meta = meta
        document = SiteURL.baseExport(.id(program), base: "registry", format: "docx").path
        self.bulk = bulk
        groups = [
            Group(candidates: true, selectable: bulk != nil, rows: candidates),
            Group(candidates: false, selectable: false, rows: registered),
        ]
    }
}
