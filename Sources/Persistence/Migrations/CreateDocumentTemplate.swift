import FluentKit

/// Organizations' own templates of the documents Nastavnik draws, versioned.
package struct CreateDocumentTemplate: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await Self.createVersions(
            DocumentTemplateModel.schema, holder: "organization_id", in: "organizations", on: database)
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(DocumentTemplateModel.schema).delete()
    }

    /// A table of a holder's template versions: one row per upload or return to the built-in template.
    static func createVersions(
        _ schema: String, holder: FieldKey, in holders: String, on database: any Database
    ) async throws {
        try await database.schema(schema)
            .id()
            .field(holder, .uuid, .required, .references(holders, "id"))
            .field("kind", .string, .required)
            .field("version", .int, .required)
            .field("file_name", .string)
            .field("data", .data)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: holder, "kind", "version")
            .create()
    }
}
