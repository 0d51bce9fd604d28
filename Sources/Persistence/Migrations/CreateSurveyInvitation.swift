import FluentKit
import Foundation

package struct CreateSurveyInvitation: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("survey_invitations")
            .id()
            .field("survey_id", .uuid, .required, .references("surveys", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("answered_at", .datetime)
            .unique(on: "token")
            .unique(on: "survey_id", "person_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("survey_invitations").delete()
    }
}
