import FluentKit

/// Organizations' letterheads, one each.
package struct CreateLetterhead: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(LetterheadModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("file_name", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: "organization_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(LetterheadModel.schema).delete()
    }
}
