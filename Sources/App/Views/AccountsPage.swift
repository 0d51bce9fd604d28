import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Учётные записи»: the accounts the user manages, with their roles and state, and the invitations sent.
struct AccountsPage: Encodable {
    struct Row: Encodable {
        var url: String
        var displayName: String
        var login: String
        var grants: [String]
        var person: String?
        var lastSignIn: String
        var state: String
        var blocked: Bool
    }

    struct InvitationRow: Encodable {
        var email: String?
        var displayName: String
        var grant: String
        var createdAt: String
        var expiresAt: String
        var state: String
        var mail: String?
        var resendURL: String?
        var revokeURL: String?
    }

    var meta: PageMeta
    var notice: String?
    var link: String?
    var query: String
    var roles: [FormField.Option]
    var states: [FormField.Option]
    var rows: [Row]
    var invitations: [InvitationRow]
    var inviteURL: String

    init(
        meta: PageMeta, filter: AccountDirectory.Filter, entries: [AccountDirectory.Entry],
        invitations: [(InvitationModel, EmailOutboxModel?)], territory: TerritoryLoader.Loaded, now: Date,
        notice: String?, link: String?
    ) throws {
        self.meta = meta
        self.notice = notice
        self.link = link
        query = filter.query ?? ""
        roles = FormField.options(Role.self, selected: filter.role?.rawValue, title: \.title, empty: "Все роли")
        states = FormField.options(AccountState.self, selected: filter.state?.rawValue, title: \.title, empty: "Все")
        rows = try entries.map { entry in
            Row(
                url: SiteURL.accountCard(.id(try entry.account.requireID())).path,
                displayName: entry.account.displayName,
                login: entry.account.login, grants: entry.grants.map { territory.title(of: $0.grant) },
                person: entry.account.person?.details.fullName,
                lastSignIn: entry.account.lastSignInAt.map(\.russianDateTime) ?? "не входил",
                state: entry.state.title, blocked: entry.state == .blocked)
        }
        self.invitations = try invitations.map { invitation, mail in
            let state = invitation.state(now: now)
            let open = state == .pending || state == .expired
            return InvitationRow(
                email: invitation.email, displayName: invitation.displayName,
                grant: territory.title(of: invitation.grant),
                createdAt: invitation.createdAt.russianDateTime,
                expiresAt: invitation.expiresAt.russianDateTime,
                state: state.title, mail: try mail.map { try OutboxPage.deliveryTitle($0) },
                resendURL: open ? SiteURL.invitationResend(.id(try invitation.requireID())).path : nil,
                revokeURL: state == .pending ? SiteURL.invitationRevoke(.id(try invitation.requireID())).path : nil)
        }
        inviteURL = SiteURL.inviteAccount.path
    }
}

/// «Пригласить»: the invitee, the role and where it applies.
struct InvitePage: Encodable {
    var meta: PageMeta
    var fields: [FormField]
    var failed: Bool
    var mailConfigured: Bool
    /// The participant the invitation is for, when it was opened from their card.
    var personID: String?

    init(
        meta: PageMeta, form: AccountsController.InviteForm, roles: [Role],
        places: [(scope: GrantScope, title: String)],
        failure: ValidationFailure?, mailConfigured: Bool
    ) {
        self.meta = meta
        failed = failure != nil
        self.mailConfigured = mailConfigured
        let roleOptions = roles.map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: $0.rawValue == form.role)
        }
        let placeOptions = places.map {
            FormField.Option(value: $0.scope.token, title: $0.title, selected: $0.scope.token == form.scope)
        }
        fields = [
            FormField("email", "Электронная почта", kind: "email", value: form.email, required: true, failure: failure),
            FormField(
                "displayName", "Фамилия, имя, отчество", value: form.displayName, required: true,
                help: form.personID == nil
                    ? "Чтобы связать учётную запись с участником, пригласите его из его карточки."
                    : "Можно не заполнять: возьмём из карточки участника.", failure: failure),
            FormField("role", "Роль", kind: "select", required: true, failure: failure, options: roleOptions),
            FormField(
                "scope", "Где действует роль", kind: "select", required: true, failure: failure, options: placeOptions),
        ]
        personID = form.personID
    }
}
