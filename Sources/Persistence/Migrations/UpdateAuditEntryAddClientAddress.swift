import FluentKit

/// The client's address on each audit row (behind trusted proxies, the forwarded one); empty for older rows.
package struct UpdateAuditEntryAddClientAddress: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries").field("client_address", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").deleteField("client_address").update()
    }
}
