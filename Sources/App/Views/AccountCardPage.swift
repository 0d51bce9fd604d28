import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One account: its roles with «Отозвать», a role to add, block or unblock, a password reset link.
struct AccountCardPage: Encodable {
    struct GrantRow: Encodable {
        var title: String
        var revokeURL: String?
    }

    var meta: PageMeta
    var notice: String?
    var link: String?
    var displayName: String
    var login: String
    var email: String?
    var person: String?
    var personURL: String?
    var lastSignIn: String
    var state: String
    var grants: [GrantRow]
    var grantURL: String
    var grantFields: [FormField]
    var blockURL: String?
    var unblockURL: String?
    var resetURL: String?
    /// Tie the account to a participant (a choice from the organization's people), or untie it.
    var linkURL: String?
    var linkFields: [FormField]

    init(
        meta: PageMeta, entry: AccountDirectory.Entry, territory: TerritoryLoader.Loaded, user: CurrentUser,
        people: [PersonModel], notice: String?, link: String?, failure: ValidationFailure?
    ) throws {
        let account = entry.account
        let id = (try account.requireID())
        self.meta = meta
        self.notice = notice
        self.link = link
        displayName = account.displayName
        login = account.login
        email = account.mailAddress
        person = account.person?.details.fullName
        personURL = account.$person.id.map { SiteURL.person(.id($0)).path }
        lastSignIn = account.lastSignInAt.map(\.russianDateTime) ?? "не входил"
        state = entry.state.title
        grants = entry.grants.map { held in
            GrantRow(
                title: territory.title(of: held.grant),
                revokeURL: GrantPolicy.allows(user.grants, toGive: held.grant, in: territory.map)
                    ? SiteURL.accountGrantRevoke(account: .id(id), grant: .id(held.id)).path : nil)
        }
        grantURL = SiteURL.accountGrants(.id(id)).path
        grantFields = [
            FormField(
                "role", "Роль", kind: "select", required: true, failure: failure,
                options: GrantPolicy.grantableRoles(by: user.grants).map {
                    .init(
                        value: $0.rawValue, title: $0.title,
                        selected: false)
                }),
            FormField(
                "scope", "Где действует", kind: "select", required: true, failure: failure,
                options: GrantScope.reachable(by: user.grants, in: territory).map {
                    .init(value: $0.scope.token, title: $0.title, selected: false)
                }),
        ]
        let manages =
            GrantPolicy.manages(user.grants, account: entry.grants.map(\.grant), in: territory.map)
            && id != user.accountID
        blockURL = manages && entry.state != .blocked ? SiteURL.accountBlock(.id(id)).path : nil
        unblockURL = manages && entry.state == .blocked ? SiteURL.accountUnblock(.id(id)).path : nil
        resetURL = manages && entry.state != .blocked ? SiteURL.accountReset(.id(id)).path : nil
        let options =
            try [FormField.Option(value: "", title: "— не связана —", selected: account.$person.id == nil)]
            + people.map {
                .init(value: (try $0.requireID()).uuidString.lowercased(), title: $0.details.fullName, selected: false)
            }
        linkURL = manages && (account.$person.id != nil || !people.isEmpty) ? SiteURL.accountPerson(.id(id)).path : nil
        linkFields = [FormField("personID", "Участник", kind: "select", failure: failure, options: options)]
    }
}
