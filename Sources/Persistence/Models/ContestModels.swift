import FluentKit
import Foundation
import MentoringCore

/// A contest of mentors announced by a municipality's education authority.
package final class ContestModel: Model, @unchecked Sendable {
    package static let schema = "contests"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @Field(key: "title") package var title: String
    @Field(key: "nominations") package var nominations: String
    @Field(key: "criteria") package var criteria: String
    @Field(key: "applications_until") package var applicationsUntil: CalendarDate
    @Field(key: "scoring_until") package var scoringUntil: CalendarDate
    /// When the coordinator closed the scoring: the ranking opens, scores are final.
    @OptionalField(key: "closed_at") package var closedAt: Date?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $municipality, $title, $nominations, $criteria, $applicationsUntil, $scoringUntil, $closedAt,
            $createdBy, $createdAt,
        ])
    }

    package var details: ContestDetails {
        get {
            ContestDetails(
                title: title, nominations: StoredJSON.decode([String].self, nominations, fallback: []),
                criteria: StoredJSON.decode([ContestCriterion].self, criteria, fallback: []),
                applicationsUntil: applicationsUntil, scoringUntil: scoringUntil)
        }
        set {
            title = newValue.title
            (nominations, criteria) = (StoredJSON.encode(newValue.nominations), StoredJSON.encode(newValue.criteria))
            (applicationsUntil, scoringUntil) = (newValue.applicationsUntil, newValue.scoringUntil)
        }
    }
}

/// An account on the contest's jury.
package final class ContestJurorModel: Model, @unchecked Sendable {
    package static let schema = "contest_jurors"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "contest_id") package var contest: ContestModel
    @Parent(key: "account_id") package var account: AccountModel

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $contest, $account]) }
}

/// A mentor nominated by their organization's curator, with the record as it stood on the day and the essay.
package final class ContestApplicationModel: Model, @unchecked Sendable {
    package static let schema = "contest_applications"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "contest_id") package var contest: ContestModel
    @Parent(key: "person_id") package var person: PersonModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "nomination") package var nomination: String
    @Field(key: "essay") package var essay: String
    /// The mentor's record summed up when the application was made: years, pairs, mentees, courses, rewards.
    @Field(key: "record") package var record: String
    @Field(key: "submitted_by") package var submittedBy: String
    @Field(key: "submitted_at") package var submittedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $contest, $person, $organization, $nomination, $essay, $record, $submittedBy, $submittedAt])
    }
}

/// A juror's points for one criterion of one application.
package final class ContestScoreModel: Model, @unchecked Sendable {
    package static let schema = "contest_scores"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "application_id") package var application: ContestApplicationModel
    @Parent(key: "account_id") package var account: AccountModel
    @Field(key: "criterion") package var criterion: Int
    @Field(key: "points") package var points: Int

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $application, $account, $criterion, $points]) }
}
