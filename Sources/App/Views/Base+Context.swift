import Foundation
import MentoringCore

/// A program's base of mentors or of mentees (`bases/mentors.leaf`, `bases/mentees.leaf`): those with a valid
/// consent, filtered, with the status form for whoever manages the program, and who is left out for want of one.
struct BaseContext<Row: Encodable & Sendable>: Encodable, Sendable {
    var meta: PageMeta
    var exports: BaseExports
    var newProfile: String?
    var filters: TablePage.Filters
    var bulk: TablePage.Bulk?
    var rows: [Row]
    var excluded: [ExcludedPerson]
}

/// The base as a file to download.
struct BaseExports: Encodable, Sendable {
    var xlsx: String
    var docx: String

    init(program: UUID, base: String) {
        xlsx = SiteURL.baseExport(.id(program), base: base, format: "xlsx").path
        docx = SiteURL.baseExport(.id(program), base: base, format: "docx").path
    }
}

/// Someone with a profile left out of the base for want of a valid consent, with the reasons.
struct ExcludedPerson: Encodable, Sendable {
    var name: String
    var url: String
    var reason: String

    init(person: Person, problems: [EligibilityProblem]) {
        name = person.details.fullName
        url = SiteURL.person(.id(person.id.rawValue)).path
        reason = problems.map(\.message).joined(separator: " ")
    }
}

/// A mentor as the base and the registry list them.
struct MentorBaseRow: Encodable, Sendable {
    var id: String
    var url: String
    var name: String
    var role: String
    var forms: String
    var competencies: String
    var hours: String
    var places: String
    var status: String
    var statusTitle: String
    var offered: String
    var trainings: String
    /// The order that put the mentor into the registry.
    var order: String

    init(profile: UUID, person: Person, value p: MentorProfile) {
        id = profile.uuidString
        url = SiteURL.mentorProfile(.id(profile)).path
        name = person.details.fullName
        role = BaseRows.role(person.details)
        forms = p.forms.map(\.title).joined(separator: "; ")
        competencies = p.competencies.joined(separator: "; ")
        hours = p.weeklyHours.map(String.init) ?? "—"
        places = "\(p.capacity)\(p.groupAllowed ? ", группа" : "")"
        status = p.status.rawValue
        statusTitle = p.status.title
        offered = p.offeredToOthers ? "да" : ""
        trainings = p.trainings.map(\.course).joined(separator: "; ")
        order = p.registryOrder ?? ""
    }
}

/// A mentee as the base lists them.
struct MenteeBaseRow: Encodable, Sendable {
    var id: String
    var url: String
    var name: String
    var role: String
    var form: String
    var requests: String
    var hours: String
    var format: String
    var status: String
    var statusTitle: String
    var waitingSince: String

    init(profile: UUID, person: Person, value p: MenteeProfile) {
        id = profile.uuidString
        url = SiteURL.menteeProfile(.id(profile)).path
        name = person.details.fullName
        role = BaseRows.role(person.details)
        form = p.form.title
        requests = p.requestsText
        hours = p.weeklyHours.map(String.init) ?? "—"
        format = p.format.title
        status = p.status.rawValue
        statusTitle = p.status.title
        waitingSince = p.waitingSince.russian
    }
}
