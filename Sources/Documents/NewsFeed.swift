import Foundation

/// A feed of a public section's news and published practices, for a school's own site to embed: Atom 1.0
/// (RFC 4287), RSS 2.0 and JSON Feed 1.1, from the same entries.
public struct NewsFeed: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var title: String
        public var link: String
        public var published: Date
        public var summary: String

        public init(id: String, title: String, link: String, published: Date, summary: String) {
            (self.id, self.title, self.link, self.published, self.summary) = (id, title, link, published, summary)
        }
    }

    public var title: String
    public var link: String
    /// The address of the Atom document itself.
    public var selfLink: String
    public var entries: [Entry]

    public init(title: String, link: String, selfLink: String, entries: [Entry]) {
        (self.title, self.link, self.selfLink) = (title, link, selfLink)
        self.entries = entries.sorted { ($0.published, $0.id) > ($1.published, $1.id) }
    }

    /// The newest entry's day, or the epoch for an empty feed, so the document does not change on every read.
    var updated: Date { entries.first?.published ?? Date(timeIntervalSince1970: 0) }

    public var atom: String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<title>\(Self.escape(title))</title>\n<id>\(Self.escape(link))</id>\n"
        xml += "<link href=\"\(Self.escape(link))\"/>\n<link rel=\"self\" href=\"\(Self.escape(selfLink))\"/>\n"
        xml += "<updated>\(Self.iso(updated))</updated>\n<author><name>\(Self.escape(title))</name></author>\n"
        for entry in entries {
            xml += "<entry>\n<id>\(Self.escape(entry.id))</id>\n<title>\(Self.escape(entry.title))</title>\n"
            xml += "<link href=\"\(Self.escape(entry.link))\"/>\n<updated>\(Self.iso(entry.published))</updated>\n"
            xml += "<summary>\(Self.escape(entry.summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    public var rss: String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n"
        xml += "<title>\(Self.escape(title))</title>\n<link>\(Self.escape(link))</link>\n"
        xml += "<description>\(Self.escape(title))</description>\n<language>ru</language>\n"
        for entry in entries {
            xml += "<item>\n<title>\(Self.escape(entry.title))</title>\n<link>\(Self.escape(entry.link))</link>\n"
            xml += "<guid isPermaLink=\"false\">\(Self.escape(entry.id))</guid>\n"
            xml += "<pubDate>\(Self.rfc822(entry.published))</pubDate>\n"
            xml += "<description>\(Self.escape(entry.summary))</description>\n</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    public var json: Data {
        let items: [[String: String]] = entries.map {
            [
                "id": $0.id, "title": $0.title, "url": $0.link, "date_published": Self.iso($0.published),
                "content_text": $0.summary,
            ]
        }
        let object: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1", "title": title, "home_page_url": link,
            "language": "ru", "items": items,
        ]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }

    /// XML text: the five markup characters escaped, characters XML 1.0 forbids left out.
    static func escape(_ text: String) -> String {
        OfficeXML.escape(
            String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0xFFFE && $0.value != 0xFFFF })))
    }

    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
