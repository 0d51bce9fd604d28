import Foundation
import Testing

@testable import Mail

@Suite struct MIMEWriterTests {
    static let from = Mailbox(name: "Школа № 5 «Росток»", address: MailAddress("school5@example.ru")!)
    static let to = Mailbox(name: "Иванова Мария", address: MailAddress("ivanova@example.ru")!)

    static func message(subject: String, text: String = "Текст", html: String? = nil) -> MailMessage {
        MailMessage(
            from: from, to: to, subject: subject, text: text, html: html, messageID: "m1@example.ru",
            date: Date(timeIntervalSince1970: 1_795_251_600))
    }

    /// Decodes the encoded words of a header back to text, as a mail reader does.
    static func decoded(_ header: String) -> String {
        header.replacingOccurrences(of: "\r\n ", with: " ").split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?utf-8?b?"), word.hasSuffix("?=") else { return String(word) }
            let payload = word.dropFirst(10).dropLast(2)
            return Data(base64Encoded: String(payload)).flatMap { String(data: $0, encoding: .utf8) } ?? "?"
        }.joined()
    }

    static func header(_ name: String, in rendered: String) -> String {
        var value = ""
        var inside = false
        for line in rendered.components(separatedBy: "\r\n") {
            if line.isEmpty { break }
            if line.hasPrefix(name + ": ") {
                value = String(line.dropFirst(name.count + 2))
                inside = true
            } else if inside, line.hasPrefix(" ") {
                value += "\r\n" + line
            } else {
                inside = false
            }
        }
        return value
    }

    @Test(arguments: [
        "Приглашение в «Наставник»",
        "Short ASCII subject",
        String(repeating: "Очень длинная тема письма о встрече наставника ", count: 4),
        "Эмодзи 👩‍🏫 и ё",
        "",
    ])
    func subjectsComeBackAsWritten(subject: String) {
        let rendered = MIMEWriter.render(Self.message(subject: subject))
        let header = Self.header("Subject", in: rendered)
        #expect(
            Self.decoded(header).replacingOccurrences(of: " ", with: "")
                == subject.replacingOccurrences(of: " ", with: ""))
        for line in rendered.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 998) }
        for line in header.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78) }
    }

    @Test(arguments: ["Тема\r\nBcc: victim@example.ru", "Subject\nX-Injected: yes", "Тема\rBcc: a@b.ru"])
    func lineBreaksCannotAddHeaders(subject: String) {
        let rendered = MIMEWriter.render(Self.message(subject: subject))
        let head = rendered.components(separatedBy: "\r\n\r\n")[0]
        #expect(!head.contains("\r\nBcc:") && !head.contains("\r\nX-Injected:"))
        #expect(!head.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!head.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func htmlMakesTwoPartsWithBase64Bodies() throws {
        let rendered = MIMEWriter.render(
            Self.message(subject: "Тема", text: "Строка 1\nСтрока 2", html: "<p>Привет</p>"))
        #expect(rendered.contains("Content-Type: multipart/alternative"))
        #expect(rendered.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(rendered.contains("Content-Type: text/html; charset=utf-8"))
        let body = try #require(Data(base64Encoded: "0KHRgtGA0L7QutCwIDENCtCh0YLRgNC+0LrQsCAy"))
        #expect(String(data: body, encoding: .utf8) == "Строка 1\r\nСтрока 2")
        #expect(rendered.contains("0KHRgtGA0L7QutCwIDENCtCh0YLRgNC+0LrQsCAy"))
        #expect(rendered.hasSuffix("--\r\n"))
    }

    @Test func unsubscribeHeadersOnlyWhenGiven() {
        var message = Self.message(subject: "Напоминание")
        #expect(!MIMEWriter.render(message).contains("List-Unsubscribe"))
        message.unsubscribeURL = "https://nastavnik.example.ru/mail/unsubscribe/abc"
        let rendered = MIMEWriter.render(message)
        #expect(rendered.contains("List-Unsubscribe: <https://nastavnik.example.ru/mail/unsubscribe/abc>\r\n"))
        #expect(rendered.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"))
    }

    @Test func namesAreEncodedOrQuoted() {
        #expect(
            MIMEWriter.mailbox(Mailbox(name: "School 5", address: MailAddress("a@b.ru")!)) == "\"School 5\" <a@b.ru>")
        #expect(MIMEWriter.mailbox(Mailbox(address: MailAddress("a@b.ru")!)) == "<a@b.ru>")
        let encoded = MIMEWriter.mailbox(Self.from)
        #expect(encoded.hasPrefix("=?utf-8?b?") && encoded.hasSuffix(" <school5@example.ru>"))
        #expect(Self.decoded(String(encoded.dropLast(" <school5@example.ru>".count))) == "Школа № 5 «Росток»")
    }

    @Test(arguments: [(".hidden\r\nline", "..hidden\r\nline"), ("a\r\n.\r\nb", "a\r\n..\r\nb"), ("no dots", "no dots")])
    func dotStuffing(input: String, expected: String) {
        #expect(MIMEWriter.dotStuffed(input) == expected)
    }

    @Test(arguments: [
        ("ivanova@example.ru", true), ("a.b-c_d+tag@school5.edu.ru", true),
        ("ivanova@example", false), ("no-at.example.ru", false), ("a@b@c.ru", false), ("a b@c.ru", false),
        ("a@c.ru\r\nRCPT TO:<x@y.ru>", false), ("<a@c.ru>", false), ("иванова@пример.рф", false), ("@c.ru", false),
    ])
    func addresses(text: String, valid: Bool) {
        #expect((MailAddress(text) != nil) == valid)
    }
}
