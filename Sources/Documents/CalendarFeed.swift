import Foundation
import MentoringCore

/// An iCalendar (RFC 5545) feed that calendar apps subscribe to: all-day roadmap deadlines, meetings with their time.
public struct CalendarFeed {
    public struct Event: Sendable {
        public var uid: String
        public var title: String
        public var start: CalendarDate
        /// The last day, inclusive.
        public var end: CalendarDate
        public var description: String
        public var rule: RepeatRule?
        public var until: CalendarDate?
        /// A meeting's exact start and end; `start`/`end` days are then ignored.
        public var moment: (start: Date, end: Date)?
        public var location: String?

        public init(
            uid: String, title: String, start: CalendarDate, end: CalendarDate, description: String = "",
            rule: RepeatRule? = nil, until: CalendarDate? = nil
        ) {
            self.uid = uid
            self.title = title
            self.start = start
            self.end = end
            self.description = description
            self.rule = rule
            self.until = until
        }

        /// A meeting: from `start` to `end`, at `location` (a room or a link).
        public init(
            uid: String, title: String, from start: Date, to end: Date, location: String?, description: String = ""
        ) {
            self.init(
                uid: uid, title: title, start: CalendarDate(start), end: CalendarDate(end), description: description)
            self.moment = (start, end)
            self.location = location
        }
    }

    public var name: String
    public var events: [Event]
    public var stamp: Date

    public init(name: String, events: [Event], stamp: Date) {
        self.name = name
        self.events = events
        self.stamp = stamp
    }

    public func text() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nastavnik//Roadmap//RU", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escape(name))", "X-WR-TIMEZONE:Europe/Moscow",
        ]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(formatter.string(from: stamp))"]
            if let moment = event.moment {
                lines += [
                    "DTSTART:\(formatter.string(from: moment.start))", "DTEND:\(formatter.string(from: moment.end))",
                ]
            } else {
                lines += [
                    "DTSTART;VALUE=DATE:\(Self.day(event.start))",
                    "DTEND;VALUE=DATE:\(Self.day(event.end.adding(days: 1)))",
                ]
            }
            lines.append("SUMMARY:\(Self.escape(event.title))")
            if let location = event.location, !location.isEmpty { lines.append("LOCATION:\(Self.escape(location))") }
            if !event.description.isEmpty { lines.append("DESCRIPTION:\(Self.escape(event.description))") }
            if let rule = event.rule {
                let frequency = [
                    RepeatRule.weekly: "WEEKLY", .monthly: "MONTHLY", .quarterly: "MONTHLY;INTERVAL=3",
                    .yearly: "YEARLY",
                ][rule]!
                lines.append("RRULE:FREQ=\(frequency)" + (event.until.map { ";UNTIL=\(Self.day($0))" } ?? ""))
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func day(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// TEXT as RFC 5545 has it: any line break (CR, LF or both) becomes `\n`, other control characters are
    /// dropped, so no value can end its line and start a property of its own.
    static func escape(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let printable = String(
            String.UnicodeScalarView(
                lines.unicodeScalars.filter {
                    $0 == "\n" || $0 == "\t" || !($0.value < 0x20 || $0.value == 0x7F)
                }))
        return printable.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space, never splitting a character.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for char in line {
            let size = String(char).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(char)
            count += size
        }
        return result
    }
}
