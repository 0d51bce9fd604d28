import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Исходящая почта»: what was queued, sent and not delivered, with the server's answer and «Отправить снова».
struct OutboxPage: Encodable {
    struct Row: Encodable {
        var createdAt: String
        var kind: String
        var address: String
        var subject: String
        var state: String
        var failed: Bool
        var attempts: Int
        var error: String?
        var retryURL: String?
    }

    var meta: PageMeta
    var configured: Bool
    var statuses: [FormField.Option]
    var counts: [String]
    var rows: [Row]

    init(
        meta: PageMeta, configured: Bool, status: OutboxStatus?, counts: [OutboxStatus: Int], rows: [EmailOutboxModel]
    ) throws {
        self.meta = meta
        self.configured = configured
        statuses = FormField.options(OutboxStatus.self, selected: status?.rawValue, title: \.title, empty: "Все")
        self.counts = OutboxStatus.allCases.map { "\($0.title): \(counts[$0] ?? 0)" }
        self.rows = try rows.map { row in
            Row(
                createdAt: row.createdAt.russianDateTime, kind: row.kind.title, address: row.address,
                subject: row.subject, state: try Self.deliveryTitle(row), failed: row.status == .failed,
                attempts: row.attempts, error: row.lastError,
                retryURL: row.status == .failed ? SiteURL.outboxRetry(.id(try row.requireID())).path : nil)
        }
    }

    /// «отправлено 01.12.2026 10:15», «в очереди», «не доставлено».
    static func deliveryTitle(_ row: EmailOutboxModel) throws -> String {
        if row.status == .sent, let sent = row.sentAt { return "отправлено \(sent.russianDateTime)" }
        return row.status.title
    }
}
