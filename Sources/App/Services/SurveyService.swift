import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A survey with its program, organization, access and the template version it was sent with.
struct SurveyContext {
    var survey: SurveyModel
    var program: ProgramContext
    var questionnaire: Questionnaire

    var organization: OrganizationModel { program.organization }
}

/// Questionnaire templates and surveys of a program.
struct SurveyService {
    let scope: RequestScope
    /// Sends each new survey's links by e-mail when mail is configured.
    var letters: SurveyLetters? = nil

    /// The newest version of each template the organization may use: the built-in ones and its own.
    func templates(for organizationID: UUID) async throws -> [QuestionnaireTemplateModel] {
        let all = try await QuestionnaireTemplateModel.query(on: scope.db)
            .group(.or) { $0.filter(\.$organization.$id == nil).filter(\.$organization.$id == organizationID) }
            .sort(\.$version, .descending).all()
        var seen = Set<String>()
        let latest = all.filter { seen.insert(($0.$organization.id?.uuidString ?? "") + $0.key).inserted }
        let order = Questionnaire.builtIn.map(\.key)
        return latest.sorted {
            (order.firstIndex(of: $0.key) ?? 99, $0.title) < (order.firstIndex(of: $1.key) ?? 99, $1.title)
        }
    }

    /// A template version the organization may see; 404 otherwise.
    func template(_ id: UUID, organizationID: UUID) async throws -> QuestionnaireTemplateModel {
        guard let template = try await QuestionnaireTemplateModel.find(id, on: scope.db),
            template.$organization.id == nil || template.$organization.id == organizationID
        else {
            throw DomainError.notFound
        }
        return template
    }

    /// Saves an organization's template; the same key makes the next version, so sent surveys keep theirs.
    func saveTemplate(_ questionnaire: Questionnaire, organizationID: UUID) async throws -> QuestionnaireTemplateModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        try questionnaire.validateStructure()
        let latest = try await QuestionnaireTemplateModel.query(on: scope.db).filter(
            \.$organization.$id == (try org.requireID())
        )
        .filter(\.$key == questionnaire.key).sort(\.$version, .descending).first()
        var versioned = questionnaire
        versioned.version = (latest?.version ?? 0) + 1
        let model = QuestionnaireTemplateModel(versioned, organizationID: try org.requireID(), at: scope.now)
        try await scope.db.atomically { db in
            try await model.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .questionnaire, objectID: model.id, organizationID: org.id, role: access.role)
        }
        return model
    }

    /// The program's surveys, the latest first, with how many were asked and how many answered.
    func surveys(of programID: UUID) async throws -> [SurveySummary] {
        var summaries: [SurveySummary] = []
        for survey in try await SurveyModel.query(on: scope.db).filter(\.$program.$id == programID).sort(
            \.$createdAt, .descending
        ).all() {
            let invited = try await survey.$invitations.query(on: scope.db).count()
            let answered = try await survey.$invitations.query(on: scope.db).filter(\.$answeredAt != nil).count()
            summaries.append(
                SurveySummary(
                    id: .init(try survey.requireID()), title: survey.title, audience: survey.audience,
                    opensOn: survey.opensOn, closesOn: survey.closesOn, invited: invited,
                    answered: answered))
        }
        return summaries
    }

    /// The survey; 404 outside the user's organizations.
    func survey(_ id: UUID) async throws -> SurveyContext {
        guard let survey = try await SurveyModel.query(on: scope.db).filter(\.$id == id).with(\.$template).first()
        else {
            throw DomainError.notFound
        }
        let program = try await ProgramService(scope: scope).program(survey.$program.id)
        return SurveyContext(survey: survey, program: program, questionnaire: survey.template.questionnaire)
    }

    /// Sends a template to an audience: a personal link for each person, valid to the last day of the survey.
    func create(in programID: UUID, input: SurveyInput) async throws -> SurveyModel {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let valid = try input.validated(programForms: context.program.forms, today: scope.today)
        let template = try await template(valid.templateID, organizationID: try context.organization.requireID())
        let measures = template.key == Questionnaire.monitoring.key
        if measures, valid.measurement == nil {
            throw ValidationFailure(fields: [
                "measurement": "Укажите замер: входной — в начале программы, итоговый — в конце."
            ])
        }
        if measures, valid.anonymous {
            throw ValidationFailure(fields: [
                "anonymous":
                    "Замеры влияния сравниваются по каждому участнику: анкета мониторинга не может быть анонимной."
            ])
        }
        let everyone = try await audience(valid, program: context)
        guard !everyone.isEmpty else {
            throw ValidationFailure(fields: [
                "audience": "В этой группе нет ни одного участника: сначала добавьте людей или выберите другую группу."
            ])
        }
        let people = try await withConsent(everyone, confirmed: input.leaveOut == "true")
        let survey = SurveyModel()
        survey.$organization.id = (try context.organization.requireID())
        survey.$program.id = programID
        survey.$template.id = (try template.requireID())
        survey.title = valid.title ?? template.title
        survey.audience = valid.audience.title + (valid.grade.map { ", класс \($0)" } ?? "")
        survey.form = valid.form
        survey.anonymous = valid.anonymous
        survey.opensOn = valid.opensOn
        survey.closesOn = valid.closesOn
        survey.measurement = measures ? valid.measurement : nil
        survey.createdBy = scope.user.login
        survey.createdAt = scope.now
        let expires = Self.endOfDay(valid.closesOn)
        try await scope.db.atomically { db in
            try await survey.create(on: db)
            for person in people {
                let invitation = SurveyInvitationModel()
                invitation.$survey.id = (try survey.requireID())
                invitation.$person.id = person
                invitation.token = Secrets.token()
                invitation.expiresAt = expires
                try await invitation.create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .create, .survey, objectID: survey.id, organizationID: context.organization.id,
                role: context.access.role, fields: ["invitations:\(people.count)"])
            try await letters?.send(
                survey, organization: context.organization, requestedBy: scope.user.accountID,
                now: scope.now, today: scope.today, on: db)
        }
        return survey
    }

    /// The people whose consents allow a survey. Those without are named before anything is sent, and left out only
    /// once the curator confirms; nobody gets a link that would answer «not yet».
    private func withConsent(_ people: [UUID], confirmed: Bool) async throws -> [UUID] {
        let consents = try await ConsentLookup(db: scope.db).consents(of: people)
        let allowed = people.filter {
            ConsentPolicy.allows(.programParticipation, consents: consents[$0] ?? [], on: scope.today)
        }
        let missing = people.filter { !allowed.contains($0) }
        guard !missing.isEmpty else { return allowed }
        guard !allowed.isEmpty else {
            throw ValidationFailure(fields: [
                "audience": "Ни у кого в этой группе нет действующих согласий на "
                    + "обработку данных и участие: сначала соберите согласия."
            ])
        }
        guard confirmed else {
            let names = try await PersonModel.query(on: scope.db).filter(\.$id ~~ missing).inNameOrder()
                .limit(20).all().map { $0.details.fullName }
            let more = missing.count > names.count ? " и ещё \(missing.count - names.count)" : ""
            throw ValidationFailure(fields: [
                "leave_out": "Без действующих согласий (им ссылки не будут созданы): "
                    + names.joined(separator: ", ") + more
                    + ". Отметьте, чтобы отправить остальным (\(allowed.count))."
            ])
        }
        return allowed
    }

    private func audience(_ valid: SurveyInput.Valid, program: ProgramContext) async throws -> [UUID] {
        switch valid.audience {
        case .programMentees:
            let profiles = try await MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == program.id).all()
            return profiles.filter { valid.form == nil || $0.form == valid.form }.map { $0.$person.id }
        case .programMentors:
            return try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == program.id).all().map {
                $0.$person.id
            }
        case .students, .teachers, .universityStudents, .employerRepresentatives:
            let category = valid.audience.category!
            let people = try await PersonModel.query(on: scope.db).filter(
                \.$organization.$id == (try program.organization.requireID())
            )
            .filter(\.$categories ~~ "|\(category.rawValue)|")
            .filter(\.$anonymizedAt == nil).all()
            let grade = valid.grade.map(Self.gradeKey)
            return try people.filter { grade == nil || $0.grade.map(Self.gradeKey) == grade }.map { try $0.requireID() }
        }
    }

    /// «7 б», «7Б» and «7-б» are the same class.
    static func gradeKey(_ grade: String) -> String {
        grade.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The moment a survey closing on `date` stops taking answers: the next midnight in Moscow.
    static func endOfDay(_ date: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Moscow")!
        let next = date.adding(days: 1)
        return calendar.date(from: DateComponents(year: next.year, month: next.month, day: next.day))!
    }
}
