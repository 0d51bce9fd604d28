import FluentKit

/// The public section «Целевая модель наставничества»: the owners' words, their news, and the offers to mentor sent
/// from it.
package struct CreatePublicSection: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(PublicSectionModel.schema)
            .id()
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("municipality_id", .uuid, .references("municipalities", "id"))
            .field("intro", .string)
            .field("contacts", .string)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id")
            .unique(on: "municipality_id")
            .create()
        try await database.schema(NewsModel.schema)
            .id()
            .field("organization_id", .uuid, .references("organizations", "id"))
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("published_on", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(MentorApplicationModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("program_id", .uuid, .references("programs", "id"))
            .field("kind", .string, .required)
            .field("alumnus", .bool, .required)
            .field("workplace", .string, .required)
            .field("offer", .string, .required)
            .field("email_key", .string, .required)
            .field("client_address", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "organization_id", "email_key")
            .create()
        try await Self.indexes.create(on: database)
    }

    static let indexes = IndexList(indexes: [
        ("news_municipality_day", NewsModel.schema, ["municipality_id", "published_on"])
    ])

    package func revert(on database: any Database) async throws {
        try await Self.indexes.drop(on: database)
        try await database.schema(MentorApplicationModel.schema).delete()
        try await database.schema(NewsModel.schema).delete()
        try await database.schema(PublicSectionModel.schema).delete()
    }
}
