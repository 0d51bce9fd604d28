import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What one response would change in its person's profile, shown to the curator before it is applied.
struct ProfileReview {
    var response: SurveyResponseModel
    var person: PersonModel
    /// The profile the answers go to (a new, unsaved one when the person has none in the program).
    var target: ProfileTarget
    var proposal: ProfileProposal
    var changes: [ProfileChange]
    var isNewProfile: Bool { target.isNew }
    /// Why the answers cannot go into a base (no consent, a category the program's forms do not take).
    var problem: String?
}

/// Answers flow into the bases only through the curator's review.
struct ProfileReviewService {
    let scope: RequestScope

    func reviews(_ surveyID: UUID) async throws -> (SurveyContext, [ProfileReview]) {
        let context = try await SurveyService(scope: scope).survey(surveyID)
        let questionnaire = context.questionnaire
        guard !context.survey.anonymous, questionnaire.audience != .participant,
            questionnaire.questions.contains(where: { $0.profileField != nil })
        else { return (context, []) }
        let responses = try await SurveyResponseModel.query(on: scope.db).filter(\.$survey.$id == surveyID)
            .filter(\.$appliedAt == nil).with(\.$person).sort(\.$submittedAt).all().filter { $0.person != nil }
        let consents = try await ConsentLookup(db: scope.db).consents(of: responses.compactMap { $0.$person.id })
        var reviews: [ProfileReview] = []
        for response in responses {
            let person = response.person!
            let proposal = ProfileProposal(questionnaire: questionnaire, answers: response.answers)
            let value = person.value
            let target = try await ProfileTarget.find(
                for: person, survey: context, questionnaire: questionnaire, db: scope.db, today: scope.today)
            let problems: [EligibilityProblem] =
                switch target {
                case .mentor(let model, _):
                    Eligibility.mentorProblems(
                        value, forms: model.mentoringForms, consents: consents[(try person.requireID())] ?? [],
                        on: scope.today)
                case .mentee(let model, _):
                    Eligibility.menteeProblems(
                        value, form: model.form, consents: consents[(try person.requireID())] ?? [],
                        on: scope.today)
                }
            let changes: [ProfileChange] =
                switch target {
                case .mentor(let model, _): proposal.changes(to: model.value)
                case .mentee(let model, _): proposal.changes(to: model.value)
                }
            reviews.append(
                ProfileReview(
                    response: response, person: person, target: target, proposal: proposal, changes: changes,
                    problem: problems.first?.message))
        }
        return (context, reviews)
    }

    /// Applies the chosen responses to the profiles (creating them in the base when absent). Nothing is applied
    /// when one of them cannot enter the base.
    func apply(_ surveyID: UUID, responseIDs: Set<UUID>) async throws -> Int {
        let (context, reviews) = try await reviews(surveyID)
        try context.program.access.requireManagement()
        let chosen = try reviews.filter { responseIDs.contains(try $0.response.requireID()) }
        if let blocked = chosen.first(where: { $0.problem != nil }) {
            throw ValidationFailure(fields: ["responses": "\(blocked.person.details.shortName): \(blocked.problem!)"])
        }
        try await scope.db.atomically { db in
            for review in chosen {
                let object: AuditObject
                let id: UUID?
                switch review.target {
                case .mentor(let model, _):
                    model.value = review.proposal.applied(to: model.value)
                    try await model.save(on: db)
                    (object, id) = (.mentorProfile, model.id)
                case .mentee(let model, _):
                    var value = review.proposal.applied(to: model.value)
                    if value.status == .candidate { value.status = .inBase }
                    model.value = value
                    try await model.save(on: db)
                    (object, id) = (.menteeProfile, model.id)
                }
                review.response.appliedAt = scope.now
                try await review.response.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    review.isNewProfile ? .create : .update, object, objectID: id,
                    personID: review.person.id, organizationID: context.organization.id,
                    role: context.program.access.role, fields: review.changes.map(\.field))
            }
        }
        return chosen.count
    }
}

/// The profile a response writes to: the person's existing one in the program, or a new one.
enum ProfileTarget {
    case mentor(MentorProfileModel, isNew: Bool)
    case mentee(MenteeProfileModel, isNew: Bool)

    var isNew: Bool {
        switch self {
        case .mentor(_, let isNew), .mentee(_, let isNew): isNew
        }
    }

    static func find(
        for person: PersonModel, survey: SurveyContext, questionnaire: Questionnaire, db: any Database,
        today: CalendarDate
    ) async throws -> ProfileTarget {
        let program = survey.program.program
        let chosenForm = survey.survey.form
        if questionnaire.audience == .mentor {
            if let existing = try await MentorProfileModel.query(on: db).filter(
                \.$program.$id == (try program.requireID())
            )
            .filter(\.$person.$id == (try person.requireID())).first() {
                return .mentor(existing, isNew: false)
            }
            let fitting = MentoringForm.mentorForms(for: person.details.categories).filter(program.forms.contains)
            let model = MentorProfileModel()
            model.$program.id = (try program.requireID())
            model.$person.id = (try person.requireID())
            model.$organization.id = (try survey.organization.requireID())
            model.createdAt = survey.program.program.createdAt
            model.value = MentorProfile(
                forms: chosenForm.map { [$0] } ?? (fitting.isEmpty ? [program.forms[0]] : fitting))
            return .mentor(model, isNew: true)
        }
        if let existing = try await MenteeProfileModel.query(on: db).filter(\.$program.$id == (try program.requireID()))
            .filter(\.$person.$id == (try person.requireID())).first()
        {
            return .mentee(existing, isNew: false)
        }
        let suggested = Eligibility.suggestedMenteeForms(person.details).filter(program.forms.contains)
        let model = MenteeProfileModel()
        model.$program.id = (try program.requireID())
        model.$person.id = (try person.requireID())
        model.$organization.id = (try survey.organization.requireID())
        model.createdAt = survey.program.program.createdAt
        model.value = MenteeProfile(form: chosenForm ?? suggested.first ?? program.forms[0], waitingSince: today)
        return .mentee(model, isNew: true)
    }
}
