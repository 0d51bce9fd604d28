import FluentKit

/// Organizations' own templates of the documents Nastavnik draws, one row per version; a row without a file puts
/// the built-in template back.
package struct CreateDocumentTemplate: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(DocumentTemplateModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("kind", .string, .required)
            .field("version", .int, .required)
            .field("file_name", .string)
            .field("data", .data)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: "organization_id", "kind", "version")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(DocumentTemplateModel.schema).delete()
    }
}
