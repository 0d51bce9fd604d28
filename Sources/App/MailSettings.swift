import Foundation
import Mail

/// Where e-mail goes and from whom: `SMTP_URL`, `MAIL_FROM` and, for a private relay, `SMTP_CA_FILE`.
public struct MailSettings: Sendable, Equatable {
    public var server: SMTPServer
    public var from: MailAddress

    public init(server: SMTPServer, from: MailAddress) {
        self.server = server
        self.from = from
    }

    /// `nil` without `SMTP_URL`; every bad or missing value goes to `problems`.
    static func from(environment env: [String: String], problems: inout [String]) -> MailSettings? {
        if let relay = env["MAIL_RELAY"], !relay.isEmpty {
            problems.append("MAIL_RELAY больше не используется: задайте SMTP_URL и MAIL_FROM")
        }
        guard let url = env["SMTP_URL"], !url.isEmpty else {
            if env["MAIL_FROM"].map({ !$0.isEmpty }) == true { problems.append("MAIL_FROM задан, а SMTP_URL — нет") }
            return nil
        }
        var server: SMTPServer?
        switch SMTPServer.parse(url) {
        case .success(let parsed): server = parsed
        case .failure(let error): problems.append("SMTP_URL: \(error.message)")
        }
        if let file = env["SMTP_CA_FILE"], !file.isEmpty {
            if FileManager.default.isReadableFile(atPath: file) {
                server?.trustedCAFile = file
            } else {
                problems.append("SMTP_CA_FILE: файл «\(file)» не найден или не читается")
            }
        }
        let from = env["MAIL_FROM"].flatMap(MailAddress.init)
        if from == nil {
            problems.append("MAIL_FROM: нужен адрес отправителя, например nastavnik@school.example.ru")
        }
        guard let server, let from else { return nil }
        return MailSettings(server: server, from: from)
    }
}
