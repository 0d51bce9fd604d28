import Foundation

/// An e-mail address that is safe to put into an SMTP command and a header: `local@domain`, printable ASCII,
/// no spaces, brackets, quotes or line breaks (a line break would let a value inject commands or headers).
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public let address: String

    /// Refuses anything that is not a plain address; internationalized addresses are not used by the app.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard (3...254).contains(trimmed.utf8.count),
            trimmed.utf8.allSatisfy({ $0 > 32 && $0 < 127 && !Self.forbidden.contains($0) })
        else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.count <= 64,
            parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return nil }
        address = trimmed
    }

    /// The part after `@`, used for message ids.
    public var domain: String { String(address.split(separator: "@").last ?? "") }

    public var description: String { address }

    private static let forbidden: Set<UInt8> = Set("<>()[]\\,;:\"".utf8)
}

/// A name with an address, as in `From: Школа № 5 <school5@example.ru>`.
public struct Mailbox: Sendable, Hashable {
    public var name: String?
    public var address: MailAddress

    public init(name: String? = nil, address: MailAddress) {
        self.name = name
        self.address = address
    }
}
