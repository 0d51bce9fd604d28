import Fluent
import FluentKit
import Foundation
import MentoringCore

/// An invitation to take a role: a one-time link (its hash here), valid 7 days.
final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "invitations"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    /// Empty for a sign-in code: the invitee chooses a login.
    @OptionalField(key: "email") var email: String?
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: Role
    @OptionalField(key: "region_id") var regionID: UUID?
    @OptionalField(key: "municipality_id") var municipalityID: UUID?
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "representative_id") var representativeID: UUID?
    @OptionalField(key: "invited_by") var invitedBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "accepted_at") var acceptedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "account_id") var accountID: UUID?
    @OptionalField(key: "mail_id") var mailID: UUID?

    init() {}

    var grant: Grant {
        let scope: GrantScope =
            if let organizationID { .organization(.init(organizationID)) } else if let municipalityID {
                .municipality(.init(municipalityID))
            } else if let regionID { .region(.init(regionID)) } else { .system }
        return Grant(role: role, scope: scope)
    }

    func setScope(_ scope: GrantScope) {
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
    var addressee: String { email ?? displayName }

    func state(now: Date) -> InvitationState {
        if acceptedAt != nil { return .accepted }
        if revokedAt != nil { return .revoked }
        return expiresAt <= now ? .expired : .pending
    }
}

/// A password reset link (its hash here), valid one hour.
final class PasswordResetModel: Model, @unchecked Sendable {
    static let schema = "password_resets"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "account_id") var account: AccountModel
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}
