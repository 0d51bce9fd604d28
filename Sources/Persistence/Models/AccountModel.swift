import FluentKit
import Foundation
import MentoringCore

package final class AccountModel: Model, @unchecked Sendable {
    package static let schema = "accounts"
    @ID(key: .id) package var id: UUID?
    @Field(key: "login") package var login: String
    @Field(key: "password_hash") package var passwordHash: String
    @Field(key: "display_name") package var displayName: String
    @OptionalParent(key: "person_id") package var person: PersonModel?
    @OptionalParent(key: "representative_id") package var representative: LegalRepresentativeModel?
    /// Set for a one-time password: the first sign-in leads to the password page.
    @Field(key: "must_change_password") package var mustChangePassword: Bool
    /// The secret of the personal calendar feed of meetings; made on first request.
    @OptionalField(key: "calendar_token") package var calendarToken: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    /// Where invitations, password resets and reminders go; the linked person's e-mail when empty.
    @OptionalField(key: "email") package var email: String?
    /// A blocked account cannot sign in; its sessions and tokens stop working at once.
    @OptionalField(key: "blocked_at") package var blockedAt: Date?
    @OptionalField(key: "last_sign_in_at") package var lastSignInAt: Date?
    /// When the person accepted the terms of use (on the invitation's page).
    @OptionalField(key: "terms_accepted_at") package var termsAcceptedAt: Date?
    /// Letters the account turned off (reminders, the digest); links someone asked for always go.
    @OptionalField(key: "muted_mail") package var mutedMail: [MailKind]?
    /// The secret of the `List-Unsubscribe` link in reminders; made with the first reminder.
    @OptionalField(key: "unsubscribe_token") package var unsubscribeToken: String?
    @Children(for: \.$account) package var grants: [GrantModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $login, $passwordHash, $displayName, $person, $representative, $mustChangePassword, $calendarToken,
            $createdAt, $email, $blockedAt, $lastSignInAt, $termsAcceptedAt, $mutedMail, $unsubscribeToken, $grants,
        ])
    }
    package init(id: UUID? = nil, login: String, passwordHash: String, displayName: String, mustChangePassword: Bool) {
        self.id = id
        self.login = login
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.mustChangePassword = mustChangePassword
    }
}

extension AccountModel {
    package func receives(_ kind: MailKind) -> Bool { !kind.isOptional || !(mutedMail ?? []).contains(kind) }

    /// The address to write to: the account's own, else its person's (when the person is loaded).
    package var mailAddress: String? {
        let own = email.flatMap { $0.isEmpty ? nil : $0 }
        return own ?? $person.value??.details.email.flatMap { $0.isEmpty ? nil : $0 }
    }
}

package final class GrantModel: Model, @unchecked Sendable {
    package static let schema = "grants"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: AccountModel
    @Field(key: "role") package var role: String
    @OptionalField(key: "region_id") package var regionID: UUID?
    @OptionalField(key: "municipality_id") package var municipalityID: UUID?
    @OptionalField(key: "organization_id") package var organizationID: UUID?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $account, $role, $regionID, $municipalityID, $organizationID])
    }
    package init(accountID: UUID, grant: Grant) {
        self.$account.id = accountID
        self.role = grant.role.rawValue
        switch grant.scope {
        case .system: break
        case .region(let id): regionID = id.rawValue
        case .municipality(let id): municipalityID = id.rawValue
        case .organization(let id): organizationID = id.rawValue
        }
    }

    package var grant: Grant? {
        Self.grant(role: role, regionID: regionID, municipalityID: municipalityID, organizationID: organizationID)
    }

    /// The grant a row stands for: the narrowest territory it names; `nil` for a role this version does not know.
    package static func grant(role: String, regionID: UUID?, municipalityID: UUID?, organizationID: UUID?) -> Grant? {
        guard let role = Role(rawValue: role) else { return nil }
        let scope: GrantScope =
            if let organizationID { .organization(.init(organizationID)) } else if let municipalityID {
                .municipality(.init(municipalityID))
            } else if let regionID { .region(.init(regionID)) } else { .system }
        return Grant(role: role, scope: scope)
    }
}
