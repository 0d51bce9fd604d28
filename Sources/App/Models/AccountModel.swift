import Fluent
import FluentKit
import Foundation
import MentoringCore

final class AccountModel: Model, @unchecked Sendable {
    static let schema = "accounts"
    @ID(key: .id) var id: UUID?
    @Field(key: "login") var login: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @OptionalParent(key: "person_id") var person: PersonModel?
    @OptionalParent(key: "representative_id") var representative: LegalRepresentativeModel?
    /// Set for a one-time password: the first sign-in leads to the password page.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    /// The secret of the personal calendar feed of meetings; made on first request.
    @OptionalField(key: "calendar_token") var calendarToken: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Where invitations, password resets and reminders go; the linked person's e-mail when empty.
    @OptionalField(key: "email") var email: String?
    /// A blocked account cannot sign in; its sessions and tokens stop working at once.
    @OptionalField(key: "blocked_at") var blockedAt: Date?
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    /// When the person accepted the terms of use (on the invitation's page).
    @OptionalField(key: "terms_accepted_at") var termsAcceptedAt: Date?
    /// Letters the account turned off (reminders, the digest); links someone asked for always go.
    @OptionalField(key: "muted_mail") var mutedMail: [MailKind]?
    /// The secret of the `List-Unsubscribe` link in reminders; made with the first reminder.
    @OptionalField(key: "unsubscribe_token") var unsubscribeToken: String?
    @Children(for: \.$account) var grants: [GrantModel]

    init() {}
    init(id: UUID? = nil, login: String, passwordHash: String, displayName: String, mustChangePassword: Bool) {
        self.id = id
        self.login = login
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.mustChangePassword = mustChangePassword
    }
}

extension AccountModel {
    func receives(_ kind: MailKind) -> Bool { !kind.isOptional || !(mutedMail ?? []).contains(kind) }

    /// The address to write to: the account's own, else its person's (when the person is loaded).
    var mailAddress: String? {
        let own = email.flatMap { $0.isEmpty ? nil : $0 }
        return own ?? $person.value??.details.email.flatMap { $0.isEmpty ? nil : $0 }
    }
}

final class GrantModel: Model, @unchecked Sendable {
    static let schema = "grants"
    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: AccountModel
    @Field(key: "role") var role: String
    @OptionalField(key: "region_id") var regionID: UUID?
    @OptionalField(key: "municipality_id") var municipalityID: UUID?
    @OptionalField(key: "organization_id") var organizationID: UUID?

    init() {}
    init(accountID: UUID, grant: Grant) {
        self.$account.id = accountID
        self.role = grant.role.rawValue
        switch grant.scope {
        case .system: break
        case .region(let id): regionID = id.rawValue
        case .municipality(let id): municipalityID = id.rawValue
        case .organization(let id): organizationID = id.rawValue
        }
    }

    var grant: Grant? {
        guard let role = Role(rawValue: role) else { return nil }
        let scope: GrantScope =
            if let organizationID { .organization(.init(organizationID)) } else if let municipalityID {
                .municipality(.init(municipalityID))
            } else if let regionID { .region(.init(regionID)) } else { .system }
        return Grant(role: role, scope: scope)
    }
}
