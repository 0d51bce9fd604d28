import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore
import Persistence

/// Something that sends messages over one session; `SMTPClient` in the app, the same client in tests.
protocol MailTransport: Sendable {
    func send(_ messages: [MailMessage]) async throws(SMTPError) -> [SMTPClient.Delivery]
}

extension SMTPClient: MailTransport {}

/// Sends what is due in the outbox: claims a batch, sends it over one session, records each outcome.
/// Run by `serve` every few seconds on every node and by `nastavnik mail send`.
struct MailDelivery {
    struct Report: Equatable, Sendable {
        var sent = 0
        var retrying = 0
        var failed = 0
    }

    let db: any Database
    let transport: any MailTransport
    let from: MailAddress
    let clock: Clock
    var batchSize = 50
    /// How long a claim holds before another node may take the rows of a sender that stopped.
    var lease: TimeInterval = 300

    /// Sends batches until nothing is due.
    func run() async throws -> Report {
        var report = Report()
        while true {
            let batch = try await OutboxRepository(db: db).claim(limit: batchSize, now: clock.now(), lease: lease)
            if batch.isEmpty { return report }
            try await send(batch, into: &report)
        }
    }

    private func send(_ rows: [EmailOutboxModel], into report: inout Report) async throws {
        let repository = OutboxRepository(db: db)
        var ready: [(EmailOutboxModel, MailMessage)] = []
        for row in rows {
            if let message = message(for: row) {
                ready.append((row, message))
            } else {
                _ = try await repository.markFailed(
                    row, error: "неверный адрес получателя «\(row.address)»",
                    permanent: true, now: clock.now())
                report.failed += 1
            }
        }
        guard !ready.isEmpty else { return }
        let outcomes: [SMTPClient.Delivery]
        do {
            outcomes = try await transport.send(ready.map(\.1))
        } catch {
            // The session failed (no server, refused login): every message waits for the next attempt.
            for (row, _) in ready {
                let status = try await repository.markFailed(
                    row, error: error.description, permanent: false,
                    now: clock.now())
                if status == .failed { report.failed += 1 } else { report.retrying += 1 }
            }
            return
        }
        for ((row, _), outcome) in zip(ready, outcomes) {
            switch outcome {
            case .sent:
                try await repository.markSent(row, now: clock.now())
                report.sent += 1
            case .refused(let reply):
                let status = try await repository.markFailed(
                    row, error: "сервер ответил: \(reply.text)",
                    permanent: !reply.isTransient, now: clock.now())
                if status == .failed { report.failed += 1 } else { report.retrying += 1 }
            }
        }
    }

    private func message(for row: EmailOutboxModel) -> MailMessage? {
        guard let address = MailAddress(row.address), let id = row.id else { return nil }
        return MailMessage(
            from: Mailbox(name: row.senderName ?? "Наставник", address: from),
            to: Mailbox(name: row.recipientName, address: address), subject: row.subject, text: row.body,
            html: row.htmlBody, unsubscribeURL: row.unsubscribeURL,
            messageID: id.uuidString.lowercased() + "@" + from.domain, date: row.createdAt)
    }
}
