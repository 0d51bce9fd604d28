/// Why a session or a message failed. `isTransient` says whether trying again later may help.
public enum SMTPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The server could not be reached, the connection broke or timed out.
    case connection(String)
    /// The server said something that is not SMTP.
    case malformedReply(String)
    /// The server refused a step of the session (greeting, EHLO, STARTTLS, AUTH).
    case refused(step: String, reply: SMTPReply)
    /// The server offers no encryption, and a password must not travel in clear.
    case encryptionUnavailable
    /// The configured TLS trust file could not be read.
    case tls(String)

    public var isTransient: Bool {
        switch self {
        case .connection: true
        case .refused(_, let reply): reply.isTransient
        case .malformedReply, .encryptionUnavailable, .tls: false
        }
    }

    public var description: String {
        switch self {
        case .connection(let text): "нет связи с почтовым сервером: \(text)"
        case .malformedReply(let text): "почтовый сервер ответил не по протоколу SMTP: \(text)"
        case .refused(let step, let reply): "почтовый сервер отказал (\(step)): \(reply.text)"
        case .encryptionUnavailable:
            "почтовый сервер не поддерживает STARTTLS, а пароль нельзя передавать без шифрования"
        case .tls(let text): "ошибка TLS: \(text)"
        }
    }
}
