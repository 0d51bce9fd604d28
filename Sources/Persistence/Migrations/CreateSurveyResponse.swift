import FluentKit
import Foundation

package struct CreateSurveyResponse: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("survey_responses")
            .id()
            .field("survey_id", .uuid, .required, .references("surveys", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("answers", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("applied_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("survey_responses").delete()
    }
}
