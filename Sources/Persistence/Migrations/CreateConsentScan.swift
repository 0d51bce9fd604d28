import FluentKit
import Foundation

package struct CreateConsentScan: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("consent_scans")
            .id()
            .field("consent_id", .uuid, .required, .references("consents", "id"))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("data", .data, .required)
            .unique(on: "consent_id")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("consent_scans").delete() }
}
