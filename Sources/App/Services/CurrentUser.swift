import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The signed-in account, with its grants, as every service sees it.
struct CurrentUser: Sendable {
    var accountID: UUID?
    var login: String
    var displayName: String
    var grants: [Grant]
    var personID: UUID?
    var representativeID: UUID?
    var mustChangePassword: Bool

    /// The console: commands act as the system administrator and are audited under this name.
    static let console = CurrentUser(
        accountID: nil, login: "console", displayName: "Консоль", grants: [Grant(role: .administrator, scope: .system)],
        personID: nil, representativeID: nil, mustChangePassword: false)

    /// A visitor of the public pages: no grant, audited under this name when the form «Стать наставником» writes.
    static let visitor = CurrentUser(
        accountID: nil, login: "public-site", displayName: "Посетитель сайта", grants: [], personID: nil,
        representativeID: nil, mustChangePassword: false)

    var isAdministrator: Bool { grants.contains { $0.role == .administrator } }

    /// Staff of some organization or territory (sees an organization whole), as opposed to a mentor, a mentee or a
    /// representative, who sees only their own records.
    var isStaff: Bool { grants.contains { $0.role.seesWholeOrganization } }

    /// The strongest role of the account, for the header and for audit rows without an organization.
    var mainRole: Role? {
        grants.map(\.role).min { Role.allCases.firstIndex(of: $0)! < Role.allCases.firstIndex(of: $1)! }
    }
}

/// What a service call needs besides its arguments: the database, who acts, the request id and the clock.
struct RequestScope: Sendable {
    var db: any Database
    var user: CurrentUser
    var requestID: String
    var clock: Clock
    /// Where the audit rows of reads go to be committed in groups; without it each row is inserted at once.
    var auditWriter: AuditWriter? = nil
    /// The request's rows on their way to the writer, waited for before its answer; without it each read waits for
    /// its own row.
    var auditReceipts: AuditReceipts? = nil
    /// The client's address, for the audit rows; nil for the console and background work.
    var clientAddress: String? = nil
    /// The node's metrics, for the work a request does (matching runs).
    var metrics: AppMetrics? = nil

    var now: Date { clock.now() }
    var today: CalendarDate { clock.today }
}
