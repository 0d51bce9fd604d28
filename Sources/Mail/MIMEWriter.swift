import Foundation

/// Writes a message in the Internet Message Format (RFC 5322) with MIME parts: every non-ASCII header value
/// as UTF-8 encoded words (RFC 2047), bodies in base64, lines of at most 76 characters ending in CRLF.
public enum MIMEWriter {
    /// The message as it goes after SMTP's DATA, before dot-stuffing.
    public static func render(_ message: MailMessage) -> String {
        var headers = [
            "From: " + mailbox(message.from),
            "To: " + mailbox(message.to),
            "Subject: " + encodedHeader(message.subject, nameLength: "Subject: ".count),
            "Date: " + rfc5322Date(message.date),
            "Message-ID: <\(clean(message.messageID))>",
            "MIME-Version: 1.0",
        ]
        if let unsubscribe = message.unsubscribeURL.map(clean) {
            headers.append("List-Unsubscribe: <\(unsubscribe)>")
            if unsubscribe.hasPrefix("https://") || unsubscribe.hasPrefix("http://") {
                headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
            }
        }
        guard let html = message.html else {
            return (headers + part(message.text, type: "text/plain")).joined(separator: "\r\n") + "\r\n"
        }
        let boundary = "=_nastavnik_" + clean(message.messageID).filter { $0.isLetter || $0.isNumber }
        headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        var lines = headers + ["", "This is a multi-part message in MIME format.", "--" + boundary]
        lines += part(message.text, type: "text/plain")
        lines += ["--" + boundary]
        lines += part(html, type: "text/html")
        lines += ["--" + boundary + "--"]
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// SMTP ends DATA with a line holding a single dot: a line that starts with a dot gets another one.
    public static func dotStuffed(_ rendered: String) -> String {
        rendered.replacingOccurrences(of: "\r\n.", with: "\r\n..")
            .replacingOccurrences(of: "^\\.", with: "..", options: .regularExpression)
    }

    static func part(_ body: String, type: String) -> [String] {
        let normalized = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        return ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            + base64Lines(Array(normalized.utf8))
    }

    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let text = Data(bytes).base64EncodedString()
        var lines: [String] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.index(start, offsetBy: 76, limitedBy: text.endIndex) ?? text.endIndex
            lines.append(String(text[start..<end]))
            start = end
        }
        return lines
    }

    static func mailbox(_ box: Mailbox) -> String {
        guard let name = box.name.map(clean), !name.isEmpty else { return "<\(box.address)>" }
        let isPlain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 32 && $0 != "\"" && $0 != "\\" }
        return (isPlain ? "\"\(name)\"" : encodedWords(name).joined(separator: " ")) + " <\(box.address)>"
    }

    /// ASCII text as it is (folded lines are not needed for the app's short subjects), anything else encoded.
    static func encodedHeader(_ value: String, nameLength: Int) -> String {
        let text = clean(value)
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) && text.count + nameLength <= 78 {
            return text
        }
        return encodedWords(text).joined(separator: "\r\n ")
    }

    /// `=?utf-8?b?…?=` words of at most 75 characters, never splitting a character between two words.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=") }
        return words
    }

    /// A header value never carries a line break or another control character: they would start a new header.
    static func clean(_ value: String) -> String {
        String(value.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : Character($0) })
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
