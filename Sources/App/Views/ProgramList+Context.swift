import MentoringCore

/// An organization's mentoring programs (`programs/list.leaf`), the latest year first.
struct ProgramListContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var title: String
        var url: String
        var period: String
        var forms: String
    }

    var meta: PageMeta
    /// Where a program is created and the vocabularies edited, for whoever manages the organization.
    var newProgram: String?
    var vocabularies: String?
    var programs: [Row]

    init(meta: PageMeta, organization: Organization, access: OrganizationAccess, programs: [Program]) {
        self.meta = meta
        let place = Slot.id(organization.id.rawValue)
        newProgram = access.manages ? SiteURL.newProgram(place).path : nil
        vocabularies = access.manages ? SiteURL.vocabularies(place).path : nil
        self.programs = programs.map { program in
            Row(
                title: program.title, url: SiteURL.program(.id(program.id.rawValue)).path,
                period: program.period.russian ?? "", forms: program.forms.map(\.title).joined(separator: "; "))
        }
    }
}
