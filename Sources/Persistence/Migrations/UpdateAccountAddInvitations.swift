import FluentKit
import Foundation

/// Accounts get an e-mail, a blocked mark, the last sign-in, the accepted terms, the kinds of letters they turned
/// off and the secret of their unsubscribe link; invitations and password resets are one-time links stored as hashes.
package struct UpdateAccountAddInvitations: AsyncMigration {
    package static let accountColumns: [(String, DatabaseSchema.DataType)] = [
        ("email", .string), ("blocked_at", .datetime), ("last_sign_in_at", .datetime), ("terms_accepted_at", .datetime),
        ("muted_mail", .array(of: .string)), ("unsubscribe_token", .string),
    ]

    package func prepare(on database: any Database) async throws {
        for (name, type) in Self.accountColumns {
            try await database.schema(AccountModel.schema).field(.init(stringLiteral: name), type).update()
        }
        try await database.schema(InvitationModel.schema)
            .id()
            .field("token_hash", .string, .required)
            // Empty for a sign-in code printed on a sheet for someone without e-mail.
            .field("email", .string)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("region_id", .uuid)
            .field("municipality_id", .uuid)
            .field("organization_id", .uuid)
            .field("person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("representative_id", .uuid, .references("legal_representatives", "id", onDelete: .setNull))
            .field("invited_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("accepted_at", .datetime)
            .field("revoked_at", .datetime)
            .field("account_id", .uuid, .references("accounts", "id", onDelete: .setNull))
            .field("mail_id", .uuid)
            .unique(on: "token_hash")
            .create()
        try await database.schema(PasswordResetModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("account_id", .uuid, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await Self.indexes.create(on: database)
    }

    package static let indexes = IndexList(indexes: [
        ("invitations_organization", InvitationModel.schema, ["organization_id", "created_at"]),
        ("invitations_email", InvitationModel.schema, ["email"]),
        ("password_resets_account", PasswordResetModel.schema, ["account_id"]),
    ])

    package func revert(on database: any Database) async throws {
        try await Self.indexes.drop(on: database)
        try await database.schema(PasswordResetModel.schema).delete()
        try await database.schema(InvitationModel.schema).delete()
        for (name, _) in Self.accountColumns.reversed() {
            try await database.schema(AccountModel.schema).deleteField(.init(stringLiteral: name)).update()
        }
    }
}
