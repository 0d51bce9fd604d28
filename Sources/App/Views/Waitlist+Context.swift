import Foundation
import MentoringCore

/// Mentees in the base still without a pair (`bases/waitlist.leaf`), the longest-waiting first.
struct WaitlistContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var url: String
        var name: String
        var form: String
        var requests: String
        var waitingSince: String
        var days: Int
    }

    var meta: PageMeta
    var rows: [Row]

    init(meta: PageMeta, waiting: [(profile: UUID, person: Person, value: MenteeProfile)], today: CalendarDate) {
        self.meta = meta
        rows = waiting.map { entry in
            Row(
                url: SiteURL.menteeProfile(.id(entry.profile)).path, name: entry.person.details.fullName,
                form: entry.value.form.title, requests: entry.value.requestsText,
                waitingSince: entry.value.waitingSince.russian, days: entry.value.waitingSince.days(until: today))
        }
    }
}
