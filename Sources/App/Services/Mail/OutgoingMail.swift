import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A message to queue: the outbox sends it when mail is configured.
struct OutgoingMail: Sendable {
    var kind: MailKind
    var address: String
    var recipientName: String?
    /// The organization's name as the sender's name; the app's name when there is none.
    var senderName: String?
    var subject: String
    var text: String
    var html: String?
    var unsubscribeURL: String?
    var organizationID: UUID?
    var accountID: UUID?
    var requestedBy: UUID?
}

/// Queues messages in the database, in the caller's transaction: a message exists exactly when what it announces
/// was saved. Without `SMTP_URL` nothing is queued, and callers show their links on the page instead.
struct Outbox: Sendable {
    /// The public address put in front of every link.
    let appURL: String

    func link(_ path: String) -> String { appURL + path }

    @discardableResult
    func enqueue(_ mails: [OutgoingMail], on db: any Database, now: Date) async throws -> [EmailOutboxModel] {
        let rows = mails.map { mail in
            let row = EmailOutboxModel()
            row.kind = mail.kind
            row.address = mail.address
            row.recipientName = mail.recipientName
            row.senderName = mail.senderName
            row.subject = mail.subject
            row.body = mail.text
            row.htmlBody = mail.html
            row.unsubscribeURL = mail.unsubscribeURL
            row.organizationID = mail.organizationID
            row.accountID = mail.accountID
            row.requestedBy = mail.requestedBy
            row.status = .queued
            row.attempts = 0
            row.nextAttemptAt = now
            row.createdAt = now
            return row
        }
        for chunk in rows.chunks(of: 200) { try await chunk.create(on: db) }
        return rows
    }
}
