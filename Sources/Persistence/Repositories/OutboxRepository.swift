import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// The outbox's SQL: claiming due rows atomically, and closing a claim. A claim is a random id written into the
/// rows; a node that lost its claim (its lease ran out and another node took the rows) cannot close them.
package struct OutboxRepository {
    package let db: any Database

    package init(db: any Database) { self.db = db }

    private static let table = EmailOutboxModel.schema

    /// Messages by status, every status present (zero when none), for the metrics.
    package func counts() async throws -> [OutboxStatus: Int] {
        let rows = try await db.sql.select().column("status").columnCountingRows()
            .from(Self.table).groupBy("status").all()
        var counts = Dictionary(uniqueKeysWithValues: OutboxStatus.allCases.map { ($0, 0) })
        for row in rows {
            counts[try row.decode(column: "status", as: OutboxStatus.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    /// Marks up to `limit` due rows as being sent by this claim and returns them. PostgreSQL skips rows another node
    /// has locked; SQLite runs one writer at a time, so its single UPDATE is atomic by itself. Rows whose sender
    /// stopped (a lease past its end) are due again.
    package func claim(limit: Int, now: Date, lease: TimeInterval) async throws -> [EmailOutboxModel] {
        let sql = db.sql
        let claim = UUID().uuidString
        let lock: SQLQueryString = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        try await sql.raw(
            """
            UPDATE \(ident: Self.table) SET status = \(bind: OutboxStatus.sending.rawValue), claim_id = \(bind: claim),
                claimed_until = \(bind: now.addingTimeInterval(lease))
            WHERE id IN (SELECT id FROM \(ident: Self.table)
                WHERE (status = \(bind: OutboxStatus.queued.rawValue) AND next_attempt_at <= \(bind: now))
                   OR (status = \(bind: OutboxStatus.sending.rawValue) AND claimed_until < \(bind: now))
                ORDER BY created_at LIMIT \(bind: limit)\(lock))
            """
        ).run()
        return try await EmailOutboxModel.query(on: db).filter(\.$claimID == claim).sort(\.$createdAt).all()
    }

    package func markSent(_ row: EmailOutboxModel, now: Date) async throws {
        try await close(row) {
            $0.set(\.$status, to: .sent).set(\.$sentAt, to: now).set(\.$attempts, to: row.attempts + 1)
                .set(\.$lastError, to: nil)
        }
    }

    /// A failed attempt: queued again after the policy's pause, or failed for good.
    package func markFailed(
        _ row: EmailOutboxModel, error: String, permanent: Bool, now: Date,
        policy: DeliveryPolicy = DeliveryPolicy()
    ) async throws -> OutboxStatus {
        let attempts = row.attempts + 1
        let pause = permanent ? nil : policy.pause(afterAttempts: attempts)
        try await close(row) {
            $0.set(\.$status, to: pause == nil ? .failed : .queued).set(\.$attempts, to: attempts)
                .set(\.$lastError, to: String(error.prefix(500)))
                .set(\.$nextAttemptAt, to: pause.map { now.addingTimeInterval($0) })
        }
        return pause == nil ? .failed : .queued
    }

    private func close(
        _ row: EmailOutboxModel,
        _ change: (QueryBuilder<EmailOutboxModel>) -> QueryBuilder<EmailOutboxModel>
    ) async throws {
        guard let id = row.id, let claim = row.claimID else { return }
        try await change(EmailOutboxModel.query(on: db).filter(\.$id == id).filter(\.$claimID == claim))
            .set(\.$claimID, to: nil).set(\.$claimedUntil, to: nil).update()
    }
}
