import FluentKit
import Foundation

/// The indexes the indicators' grouped queries walk: every one starts from the organizations of a territory.
package struct CreateMonitoringIndexes: AsyncMigration {
    package static let indexes = IndexList(indexes: [
        ("people_by_organization", "people", ["organization_id", "birth_date"]),
        ("mentorships_by_organization", "mentorships", ["organization_id", "status"]),
        ("mentorships_by_program", "mentorships", ["program_id", "status"]),
        ("mentorship_mentees_by_profile", "mentorship_mentees", ["mentee_profile_id"]),
        ("mentee_profiles_by_organization", "mentee_profiles", ["organization_id", "status"]),
        ("mentor_profiles_by_organization", "mentor_profiles", ["organization_id"]),
        ("surveys_by_organization", "surveys", ["organization_id"]),
        ("survey_responses_by_survey", "survey_responses", ["survey_id", "submitted_at"]),
        ("roadmaps_by_organization", "roadmaps", ["organization_id"]),
        ("roadmap_activities_by_roadmap", "roadmap_activities", ["roadmap_id"]),
        ("meetings_by_organization", "meetings", ["organization_id", "status", "starts_at"]),
        ("process_results_by_program", "process_results", ["program_id"]),
    ])

    package func prepare(on database: any Database) async throws { try await Self.indexes.create(on: database) }

    package func revert(on database: any Database) async throws { try await Self.indexes.drop(on: database) }
}
