import MentoringCore

/// The signed-in person's notifications (`my/notifications.leaf`), the newest first.
struct NotificationsContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var when: String
        var text: String
        var link: String
        var unread: Bool
    }

    var meta: PageMeta
    var notifications: [Row]

    init(meta: PageMeta, notifications: [AccountNotification]) {
        self.meta = meta
        self.notifications = notifications.map { note in
            Row(
                when: MeetingClock.russian(note.createdAt), text: note.text, link: note.link,
                unread: note.readAt == nil)
        }
    }
}
