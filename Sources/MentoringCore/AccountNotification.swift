import Foundation

/// A notification as its reader sees it: when it came, what it says, where it leads, and whether it was read.
public struct AccountNotification: Equatable, Sendable {
    /// What it is about (`risk`, `meeting`, `feedback`…), as the notifier named it.
    public var kind: String
    public var createdAt: Date
    public var text: String
    public var link: String
    public var readAt: Date?

    public init(kind: String, createdAt: Date, text: String, link: String, readAt: Date?) {
        self.kind = kind
        self.createdAt = createdAt
        self.text = text
        self.link = link
        self.readAt = readAt
    }
}
