import FluentKit
import Foundation

/// A browser session, kept in the database so that any app node can serve any request.
package final class WebSessionModel: Model, @unchecked Sendable {
    package static let schema = "web_sessions"
    @ID(key: .id) package var id: UUID?
    /// SHA-256 of the cookie value: a leaked table does not give working cookies.
    @Field(key: "token_hash") package var tokenHash: String
    @OptionalParent(key: "account_id") package var account: AccountModel?
    @Field(key: "csrf_token") package var csrfToken: String
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "last_seen_at") package var lastSeenAt: Date
    /// The message the next page shows once, then forgets.
    @OptionalField(key: "notice") package var notice: String?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $tokenHash, $account, $csrfToken, $createdAt, $lastSeenAt, $notice])
    }
    package init(tokenHash: String, accountID: UUID?, csrfToken: String, now: Date) {
        self.tokenHash = tokenHash
        self.$account.id = accountID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}

package final class LoginAttemptModel: Model, @unchecked Sendable {
    package static let schema = "login_attempts"
    @ID(key: .id) package var id: UUID?
    @Field(key: "login") package var login: String
    @Field(key: "address") package var address: String
    @Field(key: "succeeded") package var succeeded: Bool
    @Field(key: "at") package var at: Date

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $login, $address, $succeeded, $at]) }
    package init(login: String, address: String, succeeded: Bool, at: Date) {
        self.login = login
        self.address = address
        self.succeeded = succeeded
        self.at = at
    }
}

package final class APITokenModel: Model, @unchecked Sendable {
    package static let schema = "api_tokens"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "account_id") package var account: AccountModel
    @Field(key: "name") package var name: String
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "last_used_at") package var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") package var revokedAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $account, $name, $tokenHash, $createdAt, $lastUsedAt, $revokedAt])
    }
    package init(accountID: UUID, name: String, tokenHash: String, createdAt: Date) {
        self.$account.id = accountID
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = createdAt
    }
}

/// One line of the audit log. The app only inserts these rows.
package final class AuditEntryModel: Model, @unchecked Sendable {
    package static let schema = "audit_entries"
    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date
    @OptionalField(key: "account_id") package var accountID: UUID?
    @Field(key: "actor") package var actor: String
    @Field(key: "role") package var role: String
    @OptionalField(key: "organization_id") package var organizationID: UUID?
    @OptionalField(key: "person_id") package var personID: UUID?
    @Field(key: "action") package var action: String
    @Field(key: "object_kind") package var objectKind: String
    @OptionalField(key: "object_id") package var objectID: UUID?
    /// Names of the fields touched, comma-separated; never their values.
    @Field(key: "fields") package var fields: String
    @Field(key: "request_id") package var requestID: String
    /// The client's address; nil for the console and for rows older than the column.
    @OptionalField(key: "client_address") package var clientAddress: String?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $at, $accountID, $actor, $role, $organizationID, $personID, $action, $objectKind, $objectID, $fields,
            $requestID, $clientAddress,
        ])
    }
}
