import Foundation
import MentoringCore

/// A month of meetings (`meetings/calendar.leaf`) with the way to the months around it and the personal ICS feed.
struct CalendarContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var date: String
        var time: String
        var topic: String
        var url: String
        var type: String
        var place: String
        var status: String
        var statusTitle: String
    }

    var meta: PageMeta
    var previousMonth: String
    var nextMonth: String
    /// The personal ICS address, once the person has one.
    var feed: String?
    var meetings: [Row]

    init(meta: PageMeta, month: CalendarDate, feed: String?, meetings: [MeetingSummary]) {
        self.meta = meta
        let previous = month.adding(days: -1)
        let next = month.adding(days: 32)
        previousMonth = SiteURL.calendar.path + "?month=" + String(format: "%04d-%02d", previous.year, previous.month)
        nextMonth = SiteURL.calendar.path + "?month=" + String(format: "%04d-%02d", next.year, next.month)
        self.feed = feed
        self.meetings = meetings.map { meeting in
            Row(
                date: CalendarDate(meeting.startsAt, in: MeetingClock.timeZone).russian,
                time: MeetingClock.time(meeting.startsAt), topic: meeting.topic,
                url: SiteURL.meeting(.id(meeting.id.rawValue)).path, type: meeting.type.title, place: meeting.place,
                status: meeting.status.rawValue, statusTitle: meeting.status.title)
        }
    }
}
