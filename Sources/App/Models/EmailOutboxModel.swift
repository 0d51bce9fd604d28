import Fluent
import FluentKit
import Foundation
import MentoringCore

/// One e-mail waiting to be sent, being sent, sent or given up. The delivery worker claims rows atomically, so
/// several nodes never send one message twice.
final class EmailOutboxModel: Model, @unchecked Sendable {
    static let schema = "email_outbox"
    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: MailKind
    @Field(key: "address") var address: String
    @OptionalField(key: "recipient_name") var recipientName: String?
    @OptionalField(key: "sender_name") var senderName: String?
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @OptionalField(key: "html_body") var htmlBody: String?
    @OptionalField(key: "unsubscribe_url") var unsubscribeURL: String?
    /// Whose staff see the message on the outbox page.
    @OptionalField(key: "organization_id") var organizationID: UUID?
    /// The account the message is for, when there is one.
    @OptionalField(key: "account_id") var accountID: UUID?
    /// The account whose action queued it: a final failure is shown to them.
    @OptionalField(key: "requested_by") var requestedBy: UUID?
    @Field(key: "status") var status: OutboxStatus
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "claim_id") var claimID: String?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}
}
