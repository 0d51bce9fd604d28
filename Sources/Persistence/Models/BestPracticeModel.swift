import FluentKit
import Foundation
import MentoringCore

/// A case of best practice of an organization, made from one of its completed pairs or from a program.
package final class BestPracticeModel: Model, @unchecked Sendable {
    package static let schema = "best_practices"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    /// The organization's municipality, whose base the case is offered to.
    @Parent(key: "municipality_id") package var municipality: MunicipalityModel
    @OptionalParent(key: "mentorship_id") package var mentorship: MentorshipModel?
    @Parent(key: "program_id") package var program: ProgramModel
    @Field(key: "form") package var form: MentoringForm
    @OptionalField(key: "role_model") package var roleModel: String?
    /// The request the practice answers: the mentee's main request, or the program's title.
    @Field(key: "theme") package var theme: String
    @Field(key: "title") package var title: String
    @Field(key: "problem") package var problem: String
    @Field(key: "actions") package var actions: String
    @Field(key: "results") package var results: String
    @Field(key: "indicators") package var indicators: String
    /// The people the case names (the pair's mentor and mentees): it is published only with each one's consent.
    @Field(key: "people") package var peopleText: String
    @Field(key: "status") package var status: BestPracticeStatus
    @OptionalField(key: "review_note") package var reviewNote: String?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $municipality, $mentorship, $program, $form, $roleModel, $theme, $title, $problem,
            $actions, $results, $indicators, $peopleText, $status, $reviewNote, $createdBy, $createdAt,
        ])
    }

    package var people: [UUID] {
        get { StoredJSON.decode([UUID].self, peopleText, fallback: []) }
        set { peopleText = StoredJSON.encode(newValue) }
    }

    package var details: BestPracticeDetails {
        get {
            BestPracticeDetails(
                title: title, problem: problem, actions: actions, results: results, indicators: indicators)
        }
        set {
            (title, problem, actions) = (newValue.title, newValue.problem, newValue.actions)
            (results, indicators) = (newValue.results, newValue.indicators)
        }
    }
}
