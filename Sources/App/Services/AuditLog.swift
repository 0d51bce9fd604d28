import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Appends rows to the audit log. Nothing in the app updates or deletes them. A row recorded inside a transaction
/// is part of it; one recorded outside (a read) goes to the scope's `AuditWriter`, to be committed with others.
struct AuditLog {
    let scope: RequestScope

    func record(
        _ action: AuditAction, _ object: AuditObject, objectID: UUID? = nil, personID: UUID? = nil,
        organizationID: UUID? = nil, role: Role? = nil, fields: [String] = []
    ) async throws {
        let row = entry(
            action, object, objectID: objectID, personID: personID, organizationID: organizationID, role: role,
            fields: fields)
        if let writer = scope.auditWriter, !scope.db.inTransaction {
            if let receipts = scope.auditReceipts {
                receipts.add(Task { try await writer.write(row) })
            } else {
                try await writer.write(row)
            }
        } else {
            try await AuditEntryModel.insert([row], on: scope.db)
        }
    }

    /// The row, not yet saved: bulk writers insert many at once.
    func entry(
        _ action: AuditAction, _ object: AuditObject, objectID: UUID? = nil, personID: UUID? = nil,
        organizationID: UUID? = nil, role: Role? = nil, fields: [String] = []
    ) -> AuditEntryModel {
        let entry = AuditEntryModel()
        entry.at = scope.now
        entry.accountID = scope.user.accountID
        entry.actor = scope.user.login
        entry.role = (role ?? scope.user.mainRole)?.rawValue ?? "none"
        entry.organizationID = organizationID
        entry.personID = personID
        entry.action = action.rawValue
        entry.objectKind = object.rawValue
        entry.objectID = objectID
        entry.fields = fields.joined(separator: ",")
        entry.requestID = scope.requestID
        entry.clientAddress = scope.clientAddress
        return entry
    }
}
