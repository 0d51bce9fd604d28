import FluentKit
import FluentSQL
import Foundation
import MentoringCore
import SQLKit

/// The outbox becomes a queue that a worker sends: kind, recipient and sender names, HTML, the organization and
/// accounts it belongs to, status, attempts and the claim of the node sending it. Rows written before delivery
/// existed are closed as failed (they were reminders for days long gone) or as sent.
package struct UpdateEmailOutboxAddDelivery: AsyncMigration {
    package static let columns: [(String, DatabaseSchema.DataType, [DatabaseSchema.FieldConstraint])] = [
        ("kind", .string, [.required, .sql(.default(MailKind.reminder.rawValue))]),
        ("recipient_name", .string, []),
        ("sender_name", .string, []),
        ("html_body", .string, []),
        ("unsubscribe_url", .string, []),
        ("organization_id", .uuid, []),
        ("account_id", .uuid, []),
        ("requested_by", .uuid, []),
        ("status", .string, [.required, .sql(.default(OutboxStatus.queued.rawValue))]),
        ("attempts", .int, [.required, .sql(.default(0))]),
        ("next_attempt_at", .datetime, []),
        ("claim_id", .string, []),
        ("claimed_until", .datetime, []),
        ("last_error", .string, []),
    ]

    package func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        for (name, type, constraints) in Self.columns {
            try await database.schema(EmailOutboxModel.schema)
                .field(.definition(name: .key(.init(stringLiteral: name)), dataType: type, constraints: constraints))
                .update()
        }
        try await EmailOutboxModel.query(on: database).filter(\.$sentAt != nil).set(\.$status, to: .sent).update()
        try await EmailOutboxModel.query(on: database).filter(\.$sentAt == nil).set(\.$status, to: .failed)
            .set(\.$lastError, to: "поставлено в очередь до того, как появилась отправка").update()
        try await Self.indexes.create(on: database)
    }

    package static let indexes = IndexList(indexes: [
        ("email_outbox_due", EmailOutboxModel.schema, ["status", "next_attempt_at"]),
        ("email_outbox_organization", EmailOutboxModel.schema, ["organization_id", "created_at"]),
    ])

    package func revert(on database: any Database) async throws {
        try await Self.indexes.drop(on: database)
        for (name, _, _) in Self.columns.reversed() {
            try await database.schema(EmailOutboxModel.schema).deleteField(.init(stringLiteral: name)).update()
        }
    }
}
