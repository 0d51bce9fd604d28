import FluentKit
import Foundation
import MentoringCore

/// An invitation to take a role: a one-time link (its hash here), valid 7 days.
package final class InvitationModel: Model, @unchecked Sendable {
    package static let schema = "invitations"
    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    /// Empty for a sign-in code: the invitee chooses a login.
    @OptionalField(key: "email") package var email: String?
    @Field(key: "display_name") package var displayName: String
    @Field(key: "role") package var role: Role
    @OptionalField(key: "region_id") package var regionID: UUID?
    @OptionalField(key: "municipality_id") package var municipalityID: UUID?
    @OptionalField(key: "organization_id") package var organizationID: UUID?
    @OptionalField(key: "person_id") package var personID: UUID?
    @OptionalField(key: "representative_id") package var representativeID: UUID?
    @OptionalField(key: "invited_by") package var invitedBy: UUID?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "accepted_at") package var acceptedAt: Date?
    @OptionalField(key: "revoked_at") package var revokedAt: Date?
    @OptionalField(key: "account_id") package var accountID: UUID?
    @OptionalField(key: "mail_id") package var mailID: UUID?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $tokenHash, $email, $displayName, $role, $regionID, $municipalityID, $organizationID, $personID,
            $representativeID, $invitedBy, $createdAt, $expiresAt, $acceptedAt, $revokedAt, $accountID, $mailID,
        ])
    }

    package var grant: Grant {
        let scope: GrantScope =
            if let organizationID { .organization(.init(organizationID)) } else if let municipalityID {
                .municipality(.init(municipalityID))
            } else if let regionID { .region(.init(regionID)) } else { .system }
        return Grant(role: role, scope: scope)
    }

    package func setScope(_ scope: GrantScope) {
        regionID = nil
        municipalityID = nil
        organizationID = nil
        switch scope {
        case .system: break
        case .region(let id): regionID = id.rawValue
        case .municipality(let id): municipalityID = id.rawValue
        case .organization(let id): organizationID = id.rawValue
        }
    }

    /// The address, or the name for a printed code.
    package var addressee: String { email ?? displayName }

    package func state(now: Date) -> InvitationState {
        if acceptedAt != nil { return .accepted }
        if revokedAt != nil { return .revoked }
        return expiresAt <= now ? .expired : .pending
    }
}

/// A password reset link (its hash here), valid one hour.
package final class PasswordResetModel: Model, @unchecked Sendable {
    package static let schema = "password_resets"
    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Parent(key: "account_id") package var account: AccountModel
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "used_at") package var usedAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $tokenHash, $account, $createdAt, $expiresAt, $usedAt])
    }
}
