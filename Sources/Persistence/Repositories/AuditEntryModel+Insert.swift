import FluentKit
import Foundation
import SQLKit

extension AuditEntryModel {
    /// Inserts rows by one plain statement: the audit log is written by nearly every request.
    package static func insert(_ entries: [AuditEntryModel], on db: any Database) async throws {
        guard !entries.isEmpty else { return }
        var insert = db.sql.insert(into: schema).columns(
            "id", "at", "account_id", "actor", "role", "organization_id", "person_id", "action", "object_kind",
            "object_id", "fields", "request_id", "client_address")
        for entry in entries {
            let id = entry.id ?? UUID()
            entry.id = id
            insert = insert.values([
                SQLBind(id), SQLBind(entry.at), SQLBind(entry.accountID), SQLBind(entry.actor), SQLBind(entry.role),
                SQLBind(entry.organizationID), SQLBind(entry.personID), SQLBind(entry.action),
                SQLBind(entry.objectKind), SQLBind(entry.objectID), SQLBind(entry.fields), SQLBind(entry.requestID),
                SQLBind(entry.clientAddress),
            ])
        }
        try await insert.run()
    }
}
