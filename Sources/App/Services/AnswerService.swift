import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Answering by a personal link: no account, nothing but the questions. The link works once, until the survey
/// closes, and only for a person whose consent is valid (a minor's — signed by a legal representative).
struct AnswerService {
    let db: any Database
    let clock: Clock
    let requestID: String

    enum State: Equatable {
        case open
        case answered
        case closed
        case notYetOpen
        case noConsent(String)
    }

    struct Invitation {
        var invitation: SurveyInvitationModel
        var survey: SurveyModel
        var person: PersonModel
        var questionnaire: Questionnaire
        var choices: SurveyChoices
        var state: State
    }

    /// The audit rows of an answer name the respondent, who has no account.
    var scope: RequestScope {
        RequestScope(
            db: db,
            user: CurrentUser(
                accountID: nil, login: "respondent-link", displayName: "Ответ по ссылке", grants: [],
                personID: nil, representativeID: nil, mustChangePassword: false),
            requestID: requestID, clock: clock)
    }

    /// The invitation behind a token; an unknown token answers 404 like any missing page.
    func open(_ token: String) async throws -> Invitation {
        guard token.count >= 20 else { throw DomainError.notFound }
        let found = try await SurveyInvitationModel.query(on: db).filter(\.$token == token)
            .with(\.$survey, { $0.with(\.$template).with(\.$program).with(\.$organization) }).with(\.$person).first()
        guard let invitation = found else { throw DomainError.notFound }
        let survey = invitation.survey
        let questionnaire = survey.template.questionnaire
        let choices = try await SurveyChoices.load(
            questionnaire, program: survey.program, organization: survey.organization, scope: scope)
        return Invitation(
            invitation: invitation, survey: survey, person: invitation.person, questionnaire: questionnaire,
            choices: choices, state: try await state(of: invitation))
    }

    private func state(of invitation: SurveyInvitationModel) async throws -> State {
        if invitation.answeredAt != nil { return .answered }
        if clock.now() >= invitation.expiresAt { return .closed }
        if clock.today < invitation.survey.opensOn { return .notYetOpen }
        let person = invitation.person
        let consents =
            try await ConsentLookup(db: db).consents(of: [(try person.requireID())])[(try person.requireID())] ?? []
        let value = person.value
        if let problem = Eligibility.baseProblems(value, consents: consents, on: clock.today).first {
            return .noConsent(problem.message)
        }
        return .open
    }

    /// Saves the answers once; a second submission of the same link changes nothing.
    func submit(_ token: String, raw: Answers) async throws -> Invitation {
        let found = try await open(token)
        guard found.state == .open else { throw DomainError.conflict(Self.message(found.state)) }
        let answers = try found.questionnaire.validate(raw, choices: found.choices.callAsFunction)
        let response = SurveyResponseModel()
        response.$survey.id = (try found.survey.requireID())
        response.$person.id = found.survey.anonymous ? nil : found.person.id
        response.answersText = StoredJSON.encode(answers)
        response.submittedAt = clock.now()
        if let mark = found.questionnaire.overallMark(in: answers) {
            response.overall = mark.mark
            response.overallMax = mark.scaleMax
        }
        try await db.atomically { db in
            // The link is used by its first answer: of two sendings at once the second finds it answered.
            let first = try await GuardedUpdate(
                table: SurveyInvitationModel.schema, id: try found.invitation.requireID(),
                set: [("answered_at", clock.now())],
                when: [("answered_at", nil)]
            ).run(on: db)
            guard first else { throw DomainError.conflict(Self.message(.answered)) }
            try await response.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .surveyResponse, objectID: response.id,
                personID: found.survey.anonymous ? nil : found.person.id,
                organizationID: found.survey.$organization.id, fields: Array(answers.keys).sorted())
        }
        var answered = found
        answered.state = .answered
        return answered
    }

    static func message(_ state: State) -> String {
        switch state {
        case .open: ""
        case .answered: "Спасибо! Ответ по этой ссылке уже получен."
        case .closed: "Анкетирование завершено: ответы больше не принимаются."
        case .notYetOpen: "Анкетирование ещё не началось."
        case .noConsent(let reason): "Ответить пока нельзя. \(reason) Обратитесь к куратору программы."
        }
    }
}
