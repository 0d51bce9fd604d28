import FluentKit
import Foundation
import MentoringCore

/// One e-mail waiting to be sent, being sent, sent or given up. The delivery worker claims rows atomically, so
/// several nodes never send one message twice.
package final class EmailOutboxModel: Model, @unchecked Sendable {
    package static let schema = "email_outbox"
    @ID(key: .id) package var id: UUID?
    @Field(key: "kind") package var kind: MailKind
    @Field(key: "address") package var address: String
    @OptionalField(key: "recipient_name") package var recipientName: String?
    @OptionalField(key: "sender_name") package var senderName: String?
    @Field(key: "subject") package var subject: String
    @Field(key: "body") package var body: String
    @OptionalField(key: "html_body") package var htmlBody: String?
    @OptionalField(key: "unsubscribe_url") package var unsubscribeURL: String?
    /// Whose staff see the message on the outbox page.
    @OptionalField(key: "organization_id") package var organizationID: UUID?
    /// The account the message is for, when there is one.
    @OptionalField(key: "account_id") package var accountID: UUID?
    /// The account whose action queued it: a final failure is shown to them.
    @OptionalField(key: "requested_by") package var requestedBy: UUID?
    @Field(key: "status") package var status: OutboxStatus
    @Field(key: "attempts") package var attempts: Int
    @OptionalField(key: "next_attempt_at") package var nextAttemptAt: Date?
    @OptionalField(key: "claim_id") package var claimID: String?
    @OptionalField(key: "claimed_until") package var claimedUntil: Date?
    @OptionalField(key: "last_error") package var lastError: String?
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "sent_at") package var sentAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $kind, $address, $recipientName, $senderName, $subject, $body, $htmlBody, $unsubscribeURL,
            $organizationID, $accountID, $requestedBy, $status, $attempts, $nextAttemptAt, $claimID, $claimedUntil,
            $lastError, $createdAt, $sentAt,
        ])
    }
}
