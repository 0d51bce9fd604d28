import FluentKit
import Foundation

package struct CreateRepresentation: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("representations")
            .id()
            .field("representative_id", .uuid, .required, .references("legal_representatives", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "representative_id", "person_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("representations").delete()
    }
}
