import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What a survey has collected: who answered, who has not, and the answers summed up per question.
struct SurveyReport {
    var context: SurveyContext
    var invitations: [SurveyInvitationModel]
    var responses: [SurveyResponseModel]
    var choices: SurveyChoices
    var summaries: [QuestionSummary]

    var pending: [SurveyInvitationModel] { invitations.filter { $0.answeredAt == nil } }
    var answeredCount: Int { invitations.count - pending.count }
}

extension SurveyService {
    /// The report, optionally only for respondents of a category or a form (named surveys only).
    func report(_ id: UUID, category: Person.Category? = nil, form: MentoringForm? = nil) async throws -> SurveyReport {
        let context = try await survey(id)
        let invitations = try await SurveyInvitationModel.query(on: scope.db).filter(\.$survey.$id == id).with(
            \.$person
        ).all()
            .sorted { $0.person.searchKey < $1.person.searchKey }
        var responses = try await SurveyResponseModel.query(on: scope.db).filter(\.$survey.$id == id).with(\.$person)
            .sort(\.$submittedAt).all()
        if let category {
            responses = responses.filter { $0.person?.details.categories.contains(category) ?? false }
        }
        if let form {
            let mentees = try await MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == context.program.id)
                .filter(\.$form == form).all().map { $0.$person.id }
            let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == context.program.id)
                .all()
                .filter { $0.mentoringForms.contains(form) }.map { $0.$person.id }
            let inForm = Set(mentees + mentors)
            responses = responses.filter { $0.$person.id.map(inForm.contains) ?? false }
        }
        let choices = try await SurveyChoices.load(
            context.questionnaire, program: context.program.program,
            organization: context.organization, scope: scope)
        let summaries = SurveyResults.summarize(
            context.questionnaire, responses: responses.map(\.answers), choices: choices.callAsFunction)
        try await AuditLog(scope: scope).record(
            .read, .survey, objectID: id, organizationID: context.organization.id,
            role: context.program.access.role)
        return SurveyReport(
            context: context, invitations: invitations, responses: responses, choices: choices, summaries: summaries)
    }

    /// The personal link of an invitation; the curator copies it to re-send.
    static func answerURL(_ token: String, base: String) -> String { base + SiteURL.answer(token).path }
}
