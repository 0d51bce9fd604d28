import FluentKit

/// Contests of mentors («Наставник года»): the contest, its jury, the applications and the jurors' scores.
package struct CreateContest: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(ContestModel.schema)
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("title", .string, .required)
            .field("nominations", .string, .required)
            .field("criteria", .string, .required)
            .field("applications_until", .string, .required)
            .field("scoring_until", .string, .required)
            .field("closed_at", .datetime)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ContestJurorModel.schema)
            .id()
            .field("contest_id", .uuid, .required, .references(ContestModel.schema, "id"))
            .field("account_id", .uuid, .required, .references("accounts", "id"))
            .unique(on: "contest_id", "account_id")
            .create()
        try await database.schema(ContestApplicationModel.schema)
            .id()
            .field("contest_id", .uuid, .required, .references(ContestModel.schema, "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("nomination", .string, .required)
            .field("essay", .string, .required)
            .field("record", .string, .required)
            .field("submitted_by", .string, .required)
            .field("submitted_at", .datetime, .required)
            .unique(on: "contest_id", "person_id")
            .create()
        try await database.schema(ContestScoreModel.schema)
            .id()
            .field("application_id", .uuid, .required, .references(ContestApplicationModel.schema, "id"))
            .field("account_id", .uuid, .required, .references("accounts", "id"))
            .field("criterion", .int, .required)
            .field("points", .int, .required)
            .unique(on: "application_id", "account_id", "criterion")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ContestScoreModel.schema).delete()
        try await database.schema(ContestApplicationModel.schema).delete()
        try await database.schema(ContestJurorModel.schema).delete()
        try await database.schema(ContestModel.schema).delete()
    }
}
