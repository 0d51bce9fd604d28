import FluentKit
import Foundation

package struct CreateRegion: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("regions")
            .id()
            .field("name", .string, .required)
            .unique(on: "name")
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("regions").delete() }
}
