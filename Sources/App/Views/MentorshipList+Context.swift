import Foundation
import MentoringCore

/// The curator's table of a program's pairs and groups, and the rhythm risks found today
/// (`mentorships/list.leaf`).
struct MentorshipListContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var url: String
        var mentor: String
        var mentees: String
        var form: String
        var status: String
        var statusTitle: String
        var meetingsPerWeek: String
        var lastMeeting: String
        var feedback: String
        var risks: String
    }

    struct Risk: Encodable, Sendable {
        var url: String
        var pair: String
        var kind: String
        var daysOverdue: Int
        var message: String
    }

    var meta: PageMeta
    var notice: String?
    /// Where a pair is made by hand and the rhythm set, for whoever manages the program.
    var newMentorship: String?
    var rhythm: String?
    var orders: String
    var pairs: [Row]
    var risks: [Risk]

    init(
        meta: PageMeta, notice: String?, program: UUID, organization: UUID, manages: Bool, table: MentorshipTable
    ) {
        self.meta = meta
        self.notice = notice
        newMentorship = manages ? SiteURL.newMentorship(.id(program)).path : nil
        rhythm = manages ? SiteURL.rhythm(.id(program)).path : nil
        orders = SiteURL.orders(.id(organization)).path
        func dash(_ value: String?) -> String { value ?? "—" }
        pairs = table.rows.map { row in
            Row(
                url: SiteURL.mentorship(.id(row.id)).path, mentor: row.mentor, mentees: row.mentees,
                form: row.form.title, status: row.status.rawValue, statusTitle: row.status.title,
                meetingsPerWeek: dash(row.meetingsPerWeek?.russian(digits: 1)),
                lastMeeting: dash(row.lastMeeting.map(MeetingClock.russian)),
                feedback: dash(row.feedbackAverage?.russian(digits: 1)),
                risks: row.risks.isEmpty
                    ? "—" : row.risks.map { "\($0.kind.title) (\($0.daysOverdue) дн.)" }.joined(separator: "; "))
        }
        risks = table.rows.flatMap { row in
            row.risks.map { risk in
                Risk(
                    url: SiteURL.mentorship(.id(row.id)).path, pair: row.mentor + " — " + row.mentees,
                    kind: risk.kind.title, daysOverdue: risk.daysOverdue, message: risk.message)
            }
        }.sorted { $0.daysOverdue > $1.daysOverdue }
    }
}
