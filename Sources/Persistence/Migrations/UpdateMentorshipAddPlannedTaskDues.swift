import FluentKit
import Foundation

/// The due days of a plan's tasks still planned, kept beside the plan's JSON whenever the plan is saved: the daily
/// rhythm check and the curator's table read them for every pair without decoding every plan. Filled here for the
/// plans saved before.
package struct UpdateMentorshipAddPlannedTaskDues: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("mentorships").field("planned_task_dues", .string).update()
        for mentorship in try await MentorshipModel.query(on: database).filter(\.$planText != nil).all() {
            mentorship.plan = mentorship.plan
            try await mentorship.save(on: database)
        }
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("mentorships").deleteField("planned_task_dues").update()
    }
}
