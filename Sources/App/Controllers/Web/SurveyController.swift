import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Surveys of a program: sending a questionnaire, following the answers, the QR sheet, the review that moves
/// answers into profiles, and the export.
struct SurveyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newSurvey(.key), use: new)
        routes.post(.newSurvey(.key), use: create)
        routes.get(.survey(.key), use: page)
        routes.get(.surveySheet(.key), use: sheet)
        routes.get(.surveyReview(.key), use: review)
        routes.post(.surveyReview(.key), use: apply)
        for format in ["xlsx", "csv"] {
            routes.get(.surveyExport(.key, format: format)) { req in try await export(req, format: format) }
        }
        routes.get(.questionnaire(.key), use: preview)
    }

    func new(req: Request) async throws -> View {
        let scope = try req.scope()
        let context = try await ProgramService(scope: scope).managedProgram(req.id("programID"))
        let today = req.clock.today
        let input = SurveyInput(
            audience: SurveyAudience.students.rawValue, opensOn: today.russian, closesOn: today.adding(days: 14).russian
        )
        return try await req.render(form(req, context, input: input, failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        let input = try req.content.decode(SurveyInput.self)
        return try await req.submit(
            {
                let service = SurveyService(scope: try req.scope(), letters: req.surveyLetters)
                let survey = try await service.create(in: context.id, input: input)
                return req.redirect(to: SiteURL.survey(.id(try survey.requireID())).path)
            }, form: { try await form(req, context, input: input, failure: $0) })
    }

    private func form(
        _ req: Request, _ context: ProgramContext, input: SurveyInput, failure: ValidationFailure?
    ) async throws -> SurveyFormContext {
        let templates = try await SurveyService(scope: req.scope()).templates(for: context.organization.requireID())
        return SurveyFormContext(
            meta: req.pageMeta(
                "Отправить анкету",
                breadcrumbs: try ProgramController.crumbs(context.organization)
                    + [Link(context.program.title, .program(.id(context.id)))],
                scopeName: context.organization.shortName),
            program: context.id, forms: context.program.forms,
            templates: try templates.map {
                .init(id: try $0.requireID(), title: $0.title, audience: Questionnaire.Audience(rawValue: $0.audience))
            },
            input: input, failure: failure)
    }

    func page(req: Request) async throws -> View {
        let query = try req.query.decode(SurveyQuery.self)
        let report = try await SurveyService(scope: req.scope()).report(
            req.id("surveyID"), category: query.category.flatMap(Person.Category.init(rawValue:)),
            form: query.form.flatMap(MentoringForm.init(rawValue:)))
        return try await req.view.render(
            "surveys/page", SurveyPage(layout: req.layout, baseURL: req.baseURL, report: report, query: query))
    }

    /// One card per person who has not answered yet: name, QR code, the link in text.
    func sheet(req: Request) async throws -> View {
        let report = try await SurveyService(scope: req.scope()).report(req.id("surveyID"))
        let base = req.baseURL
        let survey = report.context.survey
        return try await req.view.render(
            "surveys/sheet",
            SurveySheetContext(
                survey: try survey.requireID(), title: survey.title, closesOn: survey.closesOn,
                pending: report.pending.map {
                    ($0.person.details.fullName, SurveyService.answerURL($0.token, base: base))
                }))
    }

    func review(req: Request) async throws -> View {
        try await reviewPage(req, error: nil)
    }

    private func reviewPage(_ req: Request, error: String?) async throws -> View {
        let (context, reviews) = try await ProfileReviewService(scope: req.scope()).reviews(req.id("surveyID"))
        try context.program.access.requireManagement()
        let id = try context.survey.requireID()
        let meta = req.pageMeta(
            "Перенос ответов в профили",
            breadcrumbs: try ProgramController.crumbs(context.organization) + [
                Link(context.program.program.title, .program(.id(context.program.id))),
                Link(context.survey.title, .survey(.id(id))),
            ],
            scopeName: context.organization.shortName)
        return try await req.view.render(
            "surveys/review",
            SurveyReviewContext(
                meta: meta, survey: id,
                reviews: try reviews.map {
                    .init(
                        id: try $0.response.requireID().uuidString, name: $0.person.details.fullName,
                        isNew: $0.isNewProfile, problem: $0.problem, changes: $0.changes)
                }, error: error))
    }

    struct ApplyForm: Content { var responses: [UUID]? }

    func apply(req: Request) async throws -> Response {
        let id = try req.id("surveyID")
        let chosen = Set(try req.content.decode(ApplyForm.self).responses ?? [])
        do {
            _ = try await ProfileReviewService(scope: req.scope()).apply(id, responseIDs: chosen)
            return req.redirect(to: SiteURL.survey(.id(id)).path)
        } catch let failure as ValidationFailure {
            return try await reviewPage(req, error: failure.fields.values.sorted().joined(separator: " "))
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    func export(_ req: Request, format: String) async throws -> Response {
        let scope = try req.scope()
        let report = try await SurveyService(scope: scope).report(req.id("surveyID"))
        let table = try await SurveyExport(scope: scope).table(report)
        return try FileDownload.tabular(table, name: "anketa", format: format, req: req)
    }

    /// A template as respondents will see it; nothing can be sent from here.
    func preview(req: Request) async throws -> Response {
        let scope = try req.scope()
        guard let template = try await QuestionnaireTemplateModel.find(req.id("templateID"), on: req.db) else {
            throw Abort(.notFound)
        }
        if let owner = template.$organization.id {
            _ = try await OrganizationDirectory(scope: scope).organization(owner)
        }
        let choices = SurveyChoices(
            vocabularies: [
                .pedagogical: Vocabulary.standard(.pedagogical).terms, .student: Vocabulary.standard(.student).terms,
            ],
            mentors: [Choice(value: "1", title: "Наставник 1"), Choice(value: "2", title: "Наставник 2")],
            mentees: [Choice(value: "1", title: "Наставляемый 1"), Choice(value: "2", title: "Наставляемый 2")])
        let page = AnswerPage(
            questionnaire: template.questionnaire, choices: choices.callAsFunction,
            respondent: "просмотр анкеты, версия \(template.version)", action: nil)
        return try await req.renderAnswer(page)
    }
}
