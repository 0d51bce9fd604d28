import Fluent
import FluentKit
import Foundation
import Mail

/// Everything the app reads from its environment, parsed once at start.
public struct AppConfig: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case sqliteMemory
        /// `schema` puts every table in that PostgreSQL schema (tests use one per test, to run in parallel).
        case postgres(url: String, schema: String? = nil)
    }

    public var database: Database
    public var hostname: String
    public var port: Int
    /// Mark the session cookie `Secure`: on when served over HTTPS (behind a TLS-terminating proxy too).
    public var secureCookies: Bool
    /// Creates an administrator with a one-time password on the first start of an empty database.
    public var bootstrapAdministrator: Bool
    /// How many days back a meeting may still be logged (`MEETING_LOG_DAYS`).
    public var meetingLogDays: Int
    /// The SMTP server and the sender address (`SMTP_URL`, `MAIL_FROM`); without them nothing is queued for e-mail.
    public var mail: MailSettings?
    /// The public address put in front of every link sent by e-mail (`APP_URL`), without a trailing slash.
    public var appURL: String
    /// `serve` sends the outbox every few seconds; tests send it by hand.
    public var deliversMailInBackground: Bool
    /// LibreOffice's `soffice`, which makes PDF copies of documents (`SOFFICE`, else found where Debian puts it at
    /// start); without it the pages offer DOCX only.
    public var soffice: String?
    /// A read is answered only after its audit row is committed (`STRICT_AUDIT`, on by default). Off, the row is
    /// committed a few milliseconds after the answer, and a crash in between loses the rows of those reads.
    public var strictAudit: Bool
    /// PostgreSQL connections one node opens at most (`DATABASE_POOL_SIZE`), shared out among its event loops. Several
    /// nodes on one server need their sum below the server's `max_connections`.
    public var databasePoolSize: Int
    /// PostgreSQL parses and plans each of the app's statements once per connection and runs it by name after
    /// (`DATABASE_PREPARED_STATEMENTS`, on by default); off, every run is parsed and planned again (for a pooler in
    /// transaction mode that keeps no prepared statements).
    public var preparedStatements = true
    /// Proxies whose `X-Forwarded-For` names the client (`TRUSTED_PROXIES`); otherwise the socket's peer is.
    var trustedProxies: TrustedProxies = .none
    /// The bearer token `/metrics` asks for (`METRICS_TOKEN`); without it the page does not exist.
    public var metricsToken: String?
    /// Seconds from a node's start to its first rhythm check (`RHYTHM_START_DELAY`, 60 by default); hourly after.
    public var rhythmStartDelay = 60
    /// Log lines as JSON objects (`LOG_FORMAT=json`) instead of text (`LOG_FORMAT=text`, the default).
    public var jsonLogs = false

    public init(
        database: Database, hostname: String = "127.0.0.1", port: Int = 8080,
        secureCookies: Bool = false, bootstrapAdministrator: Bool = true, meetingLogDays: Int = 14,
        mail: MailSettings? = nil, appURL: String? = nil, deliversMailInBackground: Bool = true,
        soffice: String? = nil, strictAudit: Bool = true, databasePoolSize: Int = 16
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.secureCookies = secureCookies
        self.bootstrapAdministrator = bootstrapAdministrator
        self.meetingLogDays = meetingLogDays
        self.mail = mail
        self.appURL = appURL ?? "http://\(hostname):\(port)"
        self.deliversMailInBackground = deliversMailInBackground
        self.soffice = soffice
        self.strictAudit = strictAudit
        self.databasePoolSize = databasePoolSize
    }

    public static let defaultSQLitePath = "data/nastavnik.sqlite"

    /// Reads `DATABASE_URL`, `HOST`, `PORT`, `SECURE_COOKIES`, `STRICT_AUDIT` and the rest; every bad value is
    /// reported in one error.
    public static func from(environment env: [String: String]) throws(ConfigError) -> AppConfig {
        var problems: [String] = []
        var database = Database.sqlite(path: defaultSQLitePath)
        if let url = env["DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                if URL(string: url)?.host == nil {
                    problems.append(
                        "DATABASE_URL: не удалось разобрать адрес PostgreSQL (ожидается postgres://user:password@host:5432/db)"
                    )
                }
                database = .postgres(url: url)
            } else if url.hasPrefix("sqlite://") {
                let path = String(url.dropFirst("sqlite://".count))
                database = path == ":memory:" ? .sqliteMemory : .sqlite(path: path)
                if path.isEmpty { problems.append("DATABASE_URL: после sqlite:// нужен путь к файлу") }
            } else {
                problems.append("DATABASE_URL: поддерживаются postgres://… и sqlite://путь, получено «\(url)»")
            }
        }
        let port = parseNumber("PORT", env, in: 1...65535, default: 8080, of: "", problems: &problems)
        let secure = parseFlag("SECURE_COOKIES", env, default: false, problems: &problems)
        let strictAudit = parseFlag("STRICT_AUDIT", env, default: true, problems: &problems)
        let prepared = parseFlag("DATABASE_PREPARED_STATEMENTS", env, default: true, problems: &problems)
        let poolSize = parseNumber(
            "DATABASE_POOL_SIZE", env, in: 1...1000, default: 16, of: " соединений", problems: &problems)
        var proxies = TrustedProxies.none
        do {
            proxies = try TrustedProxies(list: env["TRUSTED_PROXIES"] ?? "")
        } catch {
            problems.append(
                "TRUSTED_PROXIES: «\(error.entry)» — не адрес и не сеть (ожидается 10.0.0.1, 10.0.0.0/8, ::1)")
        }
        let hostname = env["HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        let logDays = parseNumber("MEETING_LOG_DAYS", env, in: 0...365, default: 14, of: " дней", problems: &problems)
        let mail = MailSettings.from(environment: env, problems: &problems)
        let appURL = parseAppURL(env["APP_URL"], problems: &problems)
        let metricsToken = env["METRICS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let metricsToken, metricsToken.count < 16 {
            problems.append("METRICS_TOKEN: нужен токен не короче 16 символов")
        }
        let rhythmDelay = parseNumber(
            "RHYTHM_START_DELAY", env, in: 0...86_400, default: 60, of: " секунд", problems: &problems)
        let logFormat = env["LOG_FORMAT"]?.lowercased() ?? ""
        if !["", "text", "json"].contains(logFormat) {
            problems.append("LOG_FORMAT: ожидается text или json, получено «\(logFormat)»")
        }
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        var config = AppConfig(
            database: database, hostname: hostname, port: port, secureCookies: secure,
            meetingLogDays: logDays, mail: mail, appURL: appURL,
            soffice: env["SOFFICE"].flatMap { $0.isEmpty ? nil : $0 } ?? PDFConversion.installed,
            strictAudit: strictAudit, databasePoolSize: poolSize)
        config.trustedProxies = proxies
        config.metricsToken = metricsToken
        config.jsonLogs = logFormat == "json"
        config.rhythmStartDelay = rhythmDelay
        config.preparedStatements = prepared
        return config
    }

    private static func parseAppURL(_ text: String?, problems: inout [String]) -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard let url = URLComponents(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
            url.query == nil, url.fragment == nil
        else {
            problems.append("APP_URL: ожидается адрес вида https://nastavnik.example.ru, получено «\(text)»")
            return nil
        }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// A whole number within `range`; `unit` names what is counted in the message (« дней»).
    private static func parseNumber(
        _ name: String, _ env: [String: String], in range: ClosedRange<Int>, default value: Int, of unit: String,
        problems: inout [String]
    ) -> Int {
        guard let text = env[name], !text.isEmpty else { return value }
        guard let number = Int(text), range.contains(number) else {
            problems.append(
                "\(name): ожидается число\(unit) от \(range.lowerBound) до \(range.upperBound), получено «\(text)»")
            return value
        }
        return number
    }

    private static func parseFlag(
        _ name: String, _ env: [String: String], default value: Bool, problems: inout [String]
    ) -> Bool {
        guard let text = env[name]?.lowercased(), !text.isEmpty else { return value }
        switch text {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            problems.append("\(name): ожидается true или false, получено «\(text)»")
            return value
        }
    }
}

public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var problems: [String]

    public var description: String {
        "Настройки окружения содержат ошибки:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
