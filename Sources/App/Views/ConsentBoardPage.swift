import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Согласия класса»: who has which consent, who misses what, and the actions for the missing ones — forms to
/// print, signed papers to enter in one table, electronic links to send.
struct ConsentBoardPage: Encodable {
    struct Row: Encodable {
        var id: String
        var name: String
        var personURL: String
        var grade: String?
        var minor: Bool
        var personalData: String
        var participation: String
        var problem: String?
        var signers: [FormField.Option]
        var contact: String
        var error: String?
        /// What was typed in the row when the entry came back with an error: the kinds ticked, the date.
        var ticked: [String]
        var signedOn: String
    }

    var meta: PageMeta
    var notice: String?
    var failed: Bool
    /// Every row's problem, also of rows the current filter hides.
    var errors: [String]
    var grades: [FormField.Option]
    var programs: [FormField.Option]
    var rows: [Row]
    var total: Int
    var complete: Int
    var formsURL: String
    var allFormsURL: String
    /// The same forms as PDF, where LibreOffice is installed.
    var pdfURL: String?
    var linksURL: String
    var entryURL: String
    var settingsURL: String
    var electronic: Bool
    var query: String
    var today: String

    init(
        meta: PageMeta, board: ConsentBoard.Board, filter: ConsentBoard.Filter, today: CalendarDate, offersPDF: Bool,
        notice: String?, failure: ValidationFailure?, typed: [UUID: ConsentBoard.Entry] = [:]
    ) throws {
        self.meta = meta
        self.notice = notice
        failed = failure != nil
        errors = (failure?.fields.values.map { $0 } ?? []).sorted()
        let org = Slot.id(try board.organization.requireID())
        grades =
            [.init(value: "", title: "Все классы", selected: filter.grade == nil)]
            + board.grades.map { .init(value: $0, title: $0, selected: $0 == filter.grade) }
        programs =
            try [.init(value: "", title: "Все участники организации", selected: filter.programID == nil)]
            + board.programs.map {
                .init(
                    value: (try $0.requireID()).uuidString.lowercased(), title: $0.title,
                    selected: $0.id == filter.programID)
            }
        rows = try board.rows.map { row in
            let id = (try row.person.requireID()).uuidString.lowercased()
            let entry = typed[(try row.person.requireID())]
            let signers: [FormField.Option] =
                row.isMinor
                ? try row.representatives.map {
                    .init(
                        value: (try $0.requireID()).uuidString.lowercased(), title: "\($0.fullName) (\($0.relation))",
                        selected: (try $0.requireID()).uuidString.lowercased() == entry?.signedBy?.lowercased())
                }
                : [.init(value: "subject", title: "сам участник", selected: true)]
            let emails = row.linkAddresses.count
            return Row(
                id: id, name: row.person.details.fullName,
                personURL: SiteURL.person(.id(try row.person.requireID())).path,
                grade: row.person.grade, minor: row.isMinor, personalData: row.statuses[.personalData]!.title,
                participation: row.statuses[.participation]!.title, problem: row.problem, signers: signers,
                contact: emails > 0 ? (row.isMinor ? "e-mail представителя" : "e-mail") : "нет e-mail",
                error: failure?.fields["row-\(id)"], ticked: entry?.kinds ?? [],
                signedOn: entry?.signedOn ?? today.russian)
        }
        total = rows.count
        complete = rows.filter { $0.problem == nil }.count
        var items: [URLQueryItem] = []
        if let grade = filter.grade { items.append(.init(name: "grade", value: grade)) }
        if let program = filter.programID {
            items.append(.init(name: "program", value: program.uuidString.lowercased()))
        }
        var components = URLComponents()
        components.queryItems = items.isEmpty ? nil : items
        query = components.percentEncodedQuery ?? ""
        let suffix = query.isEmpty ? "" : "?" + query
        formsURL = SiteURL.consentForms(org).path + suffix
        allFormsURL = SiteURL.consentForms(org).path + (suffix.isEmpty ? "?" : suffix + "&") + "all=1"
        pdfURL = offersPDF ? SiteURL.consentFormsPDF(org).path + suffix : nil
        linksURL = SiteURL.consentLinks(org).path + suffix
        entryURL = SiteURL.consentEntry(org).path + suffix
        settingsURL = SiteURL.consentSettings(org).path
        electronic = board.organization.electronicConsent
        self.today = today.russian
    }
}
