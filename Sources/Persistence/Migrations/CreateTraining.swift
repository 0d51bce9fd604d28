import FluentKit

/// A municipality's training plan: courses, their sessions, the people registered by their curators, who attended
/// which session and the certificates issued.
package struct CreateTraining: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(TrainingModel.schema)
            .id()
            .field("municipality_id", .uuid, .required, .references("municipalities", "id"))
            .field("title", .string, .required)
            .field("provider", .string, .required)
            .field("hours", .int, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("place", .string)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(TrainingSessionModel.schema)
            .id()
            .field("training_id", .uuid, .required, .references(TrainingModel.schema, "id"))
            .field("held_on", .string, .required)
            .field("topic", .string, .required)
            .create()
        try await database.schema(TrainingRegistrationModel.schema)
            .id()
            .field("training_id", .uuid, .required, .references(TrainingModel.schema, "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("registered_by", .string, .required)
            .field("registered_at", .datetime, .required)
            .field("certificate_number", .int)
            .field("certificate_issued_on", .string)
            .unique(on: "training_id", "person_id")
            .unique(on: "training_id", "certificate_number")
            .create()
        try await database.schema(TrainingAttendanceModel.schema)
            .id()
            .field("registration_id", .uuid, .required, .references(TrainingRegistrationModel.schema, "id"))
            .field("session_id", .uuid, .required, .references(TrainingSessionModel.schema, "id"))
            .unique(on: "registration_id", "session_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TrainingAttendanceModel.schema).delete()
        try await database.schema(TrainingRegistrationModel.schema).delete()
        try await database.schema(TrainingSessionModel.schema).delete()
        try await database.schema(TrainingModel.schema).delete()
    }
}
