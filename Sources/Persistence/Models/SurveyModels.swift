import FluentKit
import Foundation
import MentoringCore

package final class QuestionnaireTemplateModel: Model, @unchecked Sendable {
    package static let schema = "questionnaire_templates"
    @ID(key: .id) package var id: UUID?
    /// `nil` for the built-in templates every organization sees.
    @OptionalParent(key: "organization_id") package var organization: OrganizationModel?
    @Field(key: "key") package var key: String
    @Field(key: "version") package var version: Int
    @Field(key: "title") package var title: String
    @Field(key: "audience") package var audience: String
    @Field(key: "definition") package var definition: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $key, $version, $title, $audience, $definition, $createdAt])
    }

    package init(_ questionnaire: Questionnaire, organizationID: UUID?, at date: Date) {
        $organization.id = organizationID
        key = questionnaire.key
        version = questionnaire.version
        title = questionnaire.title
        audience = questionnaire.audience.rawValue
        definition = StoredJSON.encode(questionnaire)
        createdAt = date
    }

    package var questionnaire: Questionnaire {
        StoredJSON.decode(
            Questionnaire.self, definition,
            fallback: Questionnaire(
                key: key, version: version, title: title, audience: .participant, sections: []))
    }
}

package final class SurveyModel: Model, @unchecked Sendable {
    package static let schema = "surveys"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Parent(key: "program_id") package var program: ProgramModel
    @Parent(key: "template_id") package var template: QuestionnaireTemplateModel
    @Field(key: "title") package var title: String
    /// Who was asked, as the survey page describes it: «Наставляемые программы», «Обучающиеся 7Б».
    @Field(key: "audience") package var audience: String
    /// The form a mentee's profile gets when answers create it.
    @OptionalField(key: "form") package var form: MentoringForm?
    @Field(key: "anonymous") package var anonymous: Bool
    @Field(key: "opens_on") package var opensOn: CalendarDate
    @Field(key: "closes_on") package var closesOn: CalendarDate
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date
    /// `entry` or `exit` for an impact monitoring survey.
    @OptionalField(key: "measurement") package var measurement: ImpactMeasurement?
    @Children(for: \.$survey) package var invitations: [SurveyInvitationModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $program, $template, $title, $audience, $form, $anonymous, $opensOn, $closesOn,
            $createdBy, $createdAt, $measurement, $invitations,
        ])
    }

    package func isOpen(on date: CalendarDate) -> Bool { opensOn <= date && date <= closesOn }
}

package final class SurveyInvitationModel: Model, @unchecked Sendable {
    package static let schema = "survey_invitations"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "survey_id") package var survey: SurveyModel
    @Parent(key: "person_id") package var person: PersonModel
    /// The secret of the personal answer link.
    @Field(key: "token") package var token: String
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "answered_at") package var answeredAt: Date?

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $survey, $person, $token, $expiresAt, $answeredAt]) }
}

package final class SurveyResponseModel: Model, @unchecked Sendable {
    package static let schema = "survey_responses"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "survey_id") package var survey: SurveyModel
    /// `nil` in an anonymous survey.
    @OptionalParent(key: "person_id") package var person: PersonModel?
    @Field(key: "answers") package var answersText: String
    @Field(key: "submitted_at") package var submittedAt: Date
    /// When the curator applied the answers to the person's profile.
    @OptionalField(key: "applied_at") package var appliedAt: Date?
    /// The first scale answer and its scale: what satisfaction is counted from.
    @OptionalField(key: "overall") package var overall: Int?
    @OptionalField(key: "overall_max") package var overallMax: Int?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $survey, $person, $answersText, $submittedAt, $appliedAt, $overall, $overallMax])
    }

    package var answers: Answers { StoredJSON.decode(Answers.self, answersText, fallback: [:]) }
}

package final class PeopleImportModel: Model, @unchecked Sendable {
    package static let schema = "people_imports"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "file_name") package var fileName: String
    @Field(key: "data") package var data: Data
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $fileName, $data, $createdBy, $createdAt])
    }
}
