import FluentKit

/// Events of organizations' mentoring, the people present and the materials.
package struct CreateMentoringEvent: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(MentoringEventModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("held_on", .string, .required)
            .field("place", .string)
            .field("summary", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(EventParticipantModel.schema)
            .id()
            .field("event_id", .uuid, .required, .references(MentoringEventModel.schema, "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .unique(on: "event_id", "person_id")
            .create()
        try await database.schema(EventMaterialModel.schema)
            .id()
            .field("event_id", .uuid, .required, .references(MentoringEventModel.schema, "id"))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(EventMaterialModel.schema).delete()
        try await database.schema(EventParticipantModel.schema).delete()
        try await database.schema(MentoringEventModel.schema).delete()
    }
}
