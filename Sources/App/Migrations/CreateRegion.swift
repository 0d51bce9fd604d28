import Fluent
import FluentKit
import Foundation

struct CreateRegion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("regions")
            .id()
            .field("name", .string, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("regions").delete() }
}
