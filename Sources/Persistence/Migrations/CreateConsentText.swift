import FluentKit
import Foundation

package struct CreateConsentText: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("consent_texts")
            .id()
            .field("sha256", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "sha256")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("consent_texts").delete() }
}
