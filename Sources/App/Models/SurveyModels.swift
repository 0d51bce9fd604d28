import Fluent
import FluentKit
import Foundation
import MentoringCore

final class QuestionnaireTemplateModel: Model, @unchecked Sendable {
    static let schema = "questionnaire_templates"
    @ID(key: .id) var id: UUID?
    /// `nil` for the built-in templates every organization sees.
    @OptionalParent(key: "organization_id") var organization: OrganizationModel?
    @Field(key: "key") var key: String
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    @Field(key: "audience") var audience: String
    @Field(key: "definition") var definition: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ questionnaire: Questionnaire, organizationID: UUID?, at date: Date) {
        $organization.id = organizationID
        key = questionnaire.key
        version = questionnaire.version
        title = questionnaire.title
        audience = questionnaire.audience.rawValue
        definition = StoredJSON.encode(questionnaire)
        createdAt = date
    }

    var questionnaire: Questionnaire {
        StoredJSON.decode(
            Questionnaire.self, definition,
            fallback: Questionnaire(
                key: key, version: version, title: title, audience: .participant, sections: []))
    }
}

final class SurveyModel: Model, @unchecked Sendable {
    static let schema = "surveys"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Parent(key: "program_id") var program: ProgramModel
    @Parent(key: "template_id") var template: QuestionnaireTemplateModel
    @Field(key: "title") var title: String
    /// Who was asked, as the survey page describes it: «Наставляемые программы», «Обучающиеся 7Б».
    @Field(key: "audience") var audience: String
    /// The form a mentee's profile gets when answers create it.
    @OptionalField(key: "form") var form: MentoringForm?
    @Field(key: "anonymous") var anonymous: Bool
    @Field(key: "opens_on") var opensOn: CalendarDate
    @Field(key: "closes_on") var closesOn: CalendarDate
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    /// `entry` or `exit` for an impact monitoring survey.
    @OptionalField(key: "measurement") var measurement: ImpactMeasurement?
    @Children(for: \.$survey) var invitations: [SurveyInvitationModel]

    init() {}

    func isOpen(on date: CalendarDate) -> Bool { opensOn <= date && date <= closesOn }
}

final class SurveyInvitationModel: Model, @unchecked Sendable {
    static let schema = "survey_invitations"
    @ID(key: .id) var id: UUID?
    @Parent(key: "survey_id") var survey: SurveyModel
    @Parent(key: "person_id") var person: PersonModel
    /// The secret of the personal answer link.
    @Field(key: "token") var token: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?

    init() {}
}

final class SurveyResponseModel: Model, @unchecked Sendable {
    static let schema = "survey_responses"
    @ID(key: .id) var id: UUID?
    @Parent(key: "survey_id") var survey: SurveyModel
    /// `nil` in an anonymous survey.
    @OptionalParent(key: "person_id") var person: PersonModel?
    @Field(key: "answers") var answersText: String
    @Field(key: "submitted_at") var submittedAt: Date
    /// When the curator applied the answers to the person's profile.
    @OptionalField(key: "applied_at") var appliedAt: Date?
    /// The first scale answer and its scale: what satisfaction is counted from.
    @OptionalField(key: "overall") var overall: Int?
    @OptionalField(key: "overall_max") var overallMax: Int?

    init() {}

    var answers: Answers { StoredJSON.decode(Answers.self, answersText, fallback: [:]) }
}

final class PeopleImportModel: Model, @unchecked Sendable {
    static let schema = "people_imports"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @Field(key: "file_name") var fileName: String
    @Field(key: "data") var data: Data
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
