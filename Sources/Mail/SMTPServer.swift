import Foundation

/// Where mail goes, read from a URL: `smtp://user:password@host:587` (STARTTLS when the server offers it, required
/// before a password is sent to any host but the loopback), `smtps://user:password@host:465` (TLS from the first
/// byte) or `smtp://127.0.0.1:25` (a local relay without authentication).
public struct SMTPServer: Sendable, Equatable {
    public enum Security: Sendable, Equatable {
        case startTLS
        case implicitTLS
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// A PEM file of certificate authorities to trust instead of the system's (a private relay's own CA).
    public var trustedCAFile: String?

    public init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        trustedCAFile: String? = nil
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.trustedCAFile = trustedCAFile
    }

    /// A password may go in clear only to the machine itself.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) }

    /// Parses the URL; the error says in Russian what is wrong, for the start-up check.
    public static func parse(_ text: String) -> Result<SMTPServer, ParseError> {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return .failure(ParseError("не удалось разобрать адрес (ожидается smtp://… или smtps://…)"))
        }
        let security: Security
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        default: return .failure(ParseError("поддерживаются схемы smtp:// и smtps://, получено «\(scheme)://»"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(ParseError("после схемы нужен адрес сервера"))
        }
        let port = components.port ?? (security == .implicitTLS ? 465 : 587)
        guard (1...65535).contains(port) else { return .failure(ParseError("порт — число от 1 до 65535")) }
        let username = components.percentEncodedUser.flatMap { $0.removingPercentEncoding }.flatMap {
            $0.isEmpty ? nil : $0
        }
        let password = components.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        if username != nil, password == nil {
            return .failure(ParseError("для пользователя нужен пароль: smtp://user:password@host"))
        }
        let unsafe = [username, password].compactMap { $0 }.contains {
            $0.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
        }
        if unsafe { return .failure(ParseError("имя пользователя и пароль не могут содержать переводы строк")) }
        return .success(
            SMTPServer(
                host: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port,
                security: security, username: username, password: password))
    }

    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
        init(_ message: String) { self.message = message }
    }
}
