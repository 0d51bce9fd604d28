import FluentKit

/// Each organization's regulation of its mentoring system: the text as it stands, and the order that approved it.
package struct CreateRegulation: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(RegulationModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("sections", .string, .required)
            .field("status", .string, .required)
            .field("order_id", .uuid, .references("orders", "id"))
            .field("edited_by", .string, .required)
            .field("edited_at", .datetime, .required)
            .unique(on: "organization_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(RegulationModel.schema).delete()
    }
}
