import Fluent
import FluentKit
import Foundation

/// A browser session, kept in the database so that any app node can serve any request.
final class WebSessionModel: Model, @unchecked Sendable {
    static let schema = "web_sessions"
    @ID(key: .id) var id: UUID?
    /// SHA-256 of the cookie value: a leaked table does not give working cookies.
    @Field(key: "token_hash") var tokenHash: String
    @OptionalParent(key: "account_id") var account: AccountModel?
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    /// The message the next page shows once, then forgets.
    @OptionalField(key: "notice") var notice: String?

    init() {}
    init(tokenHash: String, accountID: UUID?, csrfToken: String, now: Date) {
        self.tokenHash = tokenHash
        self.$account.id = accountID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}

final class LoginAttemptModel: Model, @unchecked Sendable {
    static let schema = "login_attempts"
    @ID(key: .id) var id: UUID?
    @Field(key: "login") var login: String
    @Field(key: "address") var address: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "at") var at: Date

    init() {}
    init(login: String, address: String, succeeded: Bool, at: Date) {
        self.login = login
        self.address = address
        self.succeeded = succeeded
        self.at = at
    }
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"
    @ID(key: .id) var id: UUID?
    @Parent(key: "account_id") var account: AccountModel
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
    init(accountID: UUID, name: String, tokenHash: String, createdAt: Date) {
        self.$account.id = accountID
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
    }
}

/// One line of the audit log. The app only inserts these rows.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "account_id") var accountID: UUID?
    @Field(key: "actor") var actor: String
    @Field(key: "role") var role: String
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "object_kind") var objectKind: String
    @OptionalField(key: "object_id") var objectID: UUID?
    /// Names of the fields touched, comma-separated; never their values.
    @Field(key: "fields") var fields: String
    @Field(key: "request_id") var requestID: String

    init() {}
}
