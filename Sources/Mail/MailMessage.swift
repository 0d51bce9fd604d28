import Foundation

/// One e-mail: plain text always, simple HTML when given, and the few headers the app needs.
public struct MailMessage: Sendable, Equatable {
    public var from: Mailbox
    public var to: Mailbox
    public var subject: String
    public var text: String
    public var html: String?
    /// An address (https or mailto) for `List-Unsubscribe`; reminders carry one, one-time links do not.
    public var unsubscribeURL: String?
    /// Stable across retries, so a receiving server can recognise a message sent twice after a lost reply.
    public var messageID: String
    public var date: Date

    public init(
        from: Mailbox, to: Mailbox, subject: String, text: String, html: String? = nil,
        unsubscribeURL: String? = nil, messageID: String, date: Date
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.unsubscribeURL = unsubscribeURL
        self.messageID = messageID
        self.date = date
    }
}
