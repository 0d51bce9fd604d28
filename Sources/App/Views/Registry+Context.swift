import Foundation
import MentoringCore

/// The mentor registry (`bases/registry.leaf`): candidates with consent, whom an order puts into the registry, and
/// those already in it.
struct RegistryContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var id: String
        var url: String
        var name: String
        var role: String
        var forms: String
        var trainings: String
        var order: String

        init(profile: UUID, person: Person, value p: MentorProfile) {
            id = profile.uuidString
            url = SiteURL.mentorProfile(.id(profile)).path
            name = person.details.fullName
            role = BaseRows.role(person.details)
            forms = p.forms.map(\.title).joined(separator: "; ")
            trainings = p.trainings.map(\.course).joined(separator: "; ")
            order = p.registryOrder ?? ""
        }
    }

    struct Group: Encodable, Sendable {
        var candidates: Bool
        /// Rows carry checkboxes inside the status form.
        var selectable: Bool
        var rows: [Row]
    }

    var meta: PageMeta
    var document: String
    var bulk: TablePage.Bulk?
    var groups: [Group]

    init(meta: PageMeta, program: UUID, bulk: TablePage.Bulk?, candidates: [Row], registered: [Row]) {
        self.meta = meta
        document = SiteURL.baseExport(.id(program), base: "registry", format: "docx").path
        self.bulk = bulk
        groups = [
            Group(candidates: true, selectable: bulk != nil, rows: candidates),
            Group(candidates: false, selectable: false, rows: registered),
        ]
    }
}
