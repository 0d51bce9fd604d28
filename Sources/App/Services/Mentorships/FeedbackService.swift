import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Feedback after a meeting by a personal link: the short form, or the compatibility questionnaire after a trial
/// meeting. A low compatibility answer flags the pair to the curators.
struct FeedbackService {
    let db: any Database
    let clock: Clock
    let requestID: String
    var outbox: Outbox?

    struct Link {
        var feedback: MeetingFeedbackModel
        var meeting: MeetingModel
        var questionnaire: Questionnaire
        var respondent: String
        var problem: String?
        /// The link ended unanswered.
        var expired = false
    }

    var scope: RequestScope {
        RequestScope(
            db: db,
            user: CurrentUser(
                accountID: nil, login: "feedback-link", displayName: "Обратная связь по ссылке", grants: [],
                personID: nil, representativeID: nil, mustChangePassword: false),
            requestID: requestID, clock: clock)
    }

    func open(_ token: String) async throws -> Link {
        guard token.count >= 20,
            let feedback = try await MeetingFeedbackModel.query(on: db).filter(\.$token == token)
                .with(\.$meeting).with(\.$person).first()
        else { throw DomainError.notFound }
        let questionnaire = Questionnaire.builtIn.first { $0.key == feedback.questionnaire } ?? .meetingFeedback
        let consents = try await ConsentLookup(db: db).consents(of: [feedback.$person.id])[feedback.$person.id] ?? []
        var problem = MentorshipRules.consentProblem(feedback.person.value, consents: consents, on: clock.today)
        if feedback.answeredAt != nil { problem = "Спасибо! Ответ по этой ссылке уже получен." }
        let expired = feedback.answeredAt == nil && clock.now() >= feedback.deadline
        if expired {
            let days = Int(MeetingFeedbackModel.lifetime / 86_400)
            problem = "Срок ответа по этой ссылке истёк: отзыв о встрече принимается \(days) дней."
        }
        return Link(
            feedback: feedback, meeting: feedback.meeting, questionnaire: questionnaire,
            respondent: feedback.person.details.shortName, problem: problem, expired: expired)
    }

    func submit(_ token: String, raw: Answers) async throws -> Link {
        var link = try await open(token)
        if let problem = link.problem { throw DomainError.conflict(problem) }
        let answers = try link.questionnaire.validate(raw, choices: \.fixedChoices)
        let feedback = link.feedback
        let organizationID = link.meeting.$organization.id
        feedback.answersText = StoredJSON.encode(answers)
        feedback.rating = FeedbackScore.rating(answers, in: link.questionnaire)
        feedback.answeredAt = clock.now()
        try await db.atomically { db in
            // The link is used by its first answer: of two sendings at once the second finds it answered.
            let first = try await GuardedUpdate(
                table: MeetingFeedbackModel.schema, id: try feedback.requireID(),
                set: [("answered_at", clock.now())],
                when: [("answered_at", nil)]
            ).run(on: db)
            guard first else { throw DomainError.conflict("Спасибо! Ответ по этой ссылке уже получен.") }
            try await feedback.save(on: db)
            // The reminder to answer is done with.
            try await NotificationModel.query(on: db).filter(
                \.$key == Notifier.Notice.feedbackKey(try feedback.requireID())
            )
            .filter(\.$readAt == nil)
            .set(\.$readAt, to: clock.now()).update()
            try await AuditLog(scope: scope.on(db)).record(
                .create, .meetingFeedback, objectID: feedback.id, personID: feedback.$person.id,
                organizationID: organizationID, fields: Array(answers.keys).sorted())
        }
        if feedback.questionnaire == Questionnaire.compatibility.key,
            FeedbackScore.isLowCompatibility(answers, rating: feedback.rating)
        {
            let notifier = Notifier(db: db, now: clock.now(), outbox: outbox)
            try await notifier.send(
                .init(
                    kind: "compatibility", key: "compatibility-\(try feedback.requireID())",
                    text: "Низкая совместимость после пробной встречи: проверьте пару.",
                    link: SiteURL.mentorship(.id(feedback.$mentorship.id)).path),
                to: try await notifier.staff(of: link.meeting.$organization.id))
        }
        link.problem = "Спасибо! Ответ сохранён."
        return link
    }
}
