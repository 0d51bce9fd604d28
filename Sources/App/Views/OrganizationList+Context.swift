import Foundation
import MentoringCore

/// The organizations a user reads (`organizations/list.leaf`).
struct OrganizationListContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var shortName: String
        var kind: String
        var municipality: String
        var peopleCount: Int
        var url: String
        var peopleURL: String
    }

    var meta: PageMeta
    var rows: [Row]
    var canCreate: Bool

    init(meta: PageMeta, organizations: [OrganizationSummary], canCreate: Bool) {
        self.meta = meta
        self.canCreate = canCreate
        rows = organizations.map {
            let id = Slot.id($0.organization.id.rawValue)
            return Row(
                shortName: $0.organization.details.shortName, kind: $0.organization.details.kind.title,
                municipality: $0.municipality, peopleCount: $0.people, url: SiteURL.organization(id).path,
                peopleURL: SiteURL.people(id).path)
        }
    }
}

/// An organization's card (`organizations/card.leaf`) with the links the user may follow.
struct OrganizationCardContext: Encodable, Sendable {
    struct Org: Encodable, Sendable {
        var fullName, kind, municipality: String
        var address, head, siteURL: String?
    }

    var meta: PageMeta
    var org: Org
    var peopleURL: String
    var peopleCount: Int
    var programsURL: String?
    var editURL: String?
    var consentsURL: String?
    var certificatesURL: String?
    var templatesURL: String?
    var regulationURL: String?
    var agreementsURL: String?
    var partnersURL: String?
    var eventsURL: String?
    var trainingsURL: String?
    var contestsURL: String?
    var practicesURL: String?
    var publicSectionURL: String?
    /// The public section itself, which anyone may open.
    var publicURL: String

    init(meta: PageMeta, summary: OrganizationSummary, access: OrganizationAccess, editable: Bool) {
        self.meta = meta
        let details = summary.organization.details
        let head = [details.headPosition, details.headName].compactMap { $0 }.joined(separator: " ")
        org = Org(
            fullName: details.fullName, kind: details.kind.title, municipality: summary.municipality,
            address: details.address, head: head.isEmpty ? nil : head, siteURL: details.siteURL)
        let id = Slot.id(summary.organization.id.rawValue)
        peopleURL = SiteURL.people(id).path
        peopleCount = summary.people
        programsURL = access.readsAll ? SiteURL.programs(id).path : nil
        editURL = editable ? SiteURL.editOrganization(id).path : nil
        consentsURL = access.manages ? SiteURL.consentBoard(id).path : nil
        certificatesURL = access.readsAll ? SiteURL.organizationCertificates(id).path : nil
        templatesURL = access.readsAll ? SiteURL.documentTemplates(id).path : nil
        regulationURL = access.readsAll ? SiteURL.regulation(id).path : nil
        agreementsURL = access.readsAll ? SiteURL.mentorAgreements(id).path : nil
        partnersURL = access.readsAll ? SiteURL.partners(id).path : nil
        eventsURL = access.readsAll ? SiteURL.events(id).path : nil
        trainingsURL = access.readsAll ? SiteURL.organizationTrainings(id).path : nil
        contestsURL = access.readsAll ? SiteURL.organizationContests(id).path : nil
        practicesURL = access.readsAll ? SiteURL.bestPractices(id).path : nil
        publicSectionURL = access.manages ? SiteURL.publicSection(id).path : nil
        publicURL = SiteURL.publicOrganization(id).path
    }
}
