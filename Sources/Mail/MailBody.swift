/// A short letter — greeting, paragraphs, one button-like link, a closing line — as plain text and as simple HTML
/// made from the same words, so the two parts never say different things.
public struct MailBody: Sendable, Equatable {
    public var greeting: String
    public var paragraphs: [String]
    public var action: (title: String, url: String)?
    public var closing: [String]

    public init(
        greeting: String, paragraphs: [String], action: (title: String, url: String)? = nil,
        closing: [String] = []
    ) {
        self.greeting = greeting
        self.paragraphs = paragraphs
        self.action = action
        self.closing = closing
    }

    public var text: String {
        var blocks = [greeting] + paragraphs
        if let action { blocks.append(action.title + ":\n" + action.url) }
        return (blocks + closing).joined(separator: "\n\n") + "\n"
    }

    public var html: String {
        var blocks = ([greeting] + paragraphs).map { "<p>\(MarkupText.escaped($0))</p>" }
        if let action {
            let link = "<a href=\"\(MarkupText.escaped(action.url))\">\(MarkupText.escaped(action.title))</a>"
            blocks.append("<p>\(link)</p>")
        }
        blocks += closing.map { "<p style=\"color:#555\">\(MarkupText.escaped($0))</p>" }
        return "<!DOCTYPE html><html lang=\"ru\"><body style=\"font-family:sans-serif\">\n"
            + blocks.joined(separator: "\n") + "\n</body></html>"
    }

    public static func == (lhs: MailBody, rhs: MailBody) -> Bool { lhs.text == rhs.text }
}
