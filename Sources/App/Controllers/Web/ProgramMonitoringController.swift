import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The program's monitoring for its curator and head: the dashboard, the lists behind its figures, process results,
/// the report's texts and document, checkpoint snapshots.
struct ProgramMonitoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.programMonitoring(.key), use: show)
        routes.get(.programMonitoringList(.key), use: list)
        routes.post(.processResults(.key), use: addResult)
        routes.post(.programReportTexts(.key), use: saveTexts)
        routes.post(.indicatorSnapshot(.key), use: snapshot)
        routes.get(.programReportDocument(.key), use: document)
    }

    func show(req: Request) async throws -> View {
        try await page(req, notice: req.notice)
    }

    private func page(
        _ req: Request, failure: ValidationFailure? = nil, input: ProcessResultInput = ProcessResultInput(),
        texts: ProgramReportText? = nil, notice: String? = nil
    ) async throws -> View {
        let scope = try req.scope()
        let dashboard = try await ProgramMonitoring(scope: scope).dashboard(req.id("programID"))
        let risks = try await RhythmService(db: req.db, today: scope.today, now: scope.now).risks(programs: [
            dashboard.context.program
        ])
        let current = try await RoadmapModel.query(on: req.db)
            .filter(\.$organization.$id == (try dashboard.context.organization.requireID()))
            .filter(\.$status != Roadmap.Status.archived).all()
        try await RoadmapModel.loadActivities(of: current, on: req.db)
        // Once a roadmap is approved it is the plan; its drafts would list the same checkpoints again.
        let approved = current.filter { $0.status == Roadmap.Status.approved }
        let roadmaps = approved.isEmpty ? current : approved
        return try await req.view.render(
            "monitoring/program",
            ProgramMonitoringPage(
                layout: req.layout, today: req.clock.today, dashboard: dashboard, risks: risks, roadmaps: roadmaps,
                failure: failure, input: input,
                texts: texts, notice: notice))
    }

    func list(req: Request) async throws -> View {
        let scope = try req.scope()
        let context = try await ProgramService(scope: scope).program(req.id("programID"))
        let queries = MonitoringRepository(
            db: req.db, rules: try await ProgramMonitoring(scope: scope).counting(context).rules)
        let lists = IndicatorListTables(
            lists: IndicatorLists(
                scope: scope, queries: queries,
                organizations: [
                    (try context.organization.requireID()): (context.organization.shortName, context.access)
                ]))
        let measure = req.query[String.self, at: "measure"] ?? ""
        let filter = MonitoringRepository.Filter.program(context.id)
        // The cards' own titles and formulas: the municipal indicators read at the organization's level.
        guard let card = ProgramFacts().cards(targets: [:]).first(where: { $0.key == measure }) else {
            throw Abort(.notFound)
        }
        let title = card.title
        let table: TablePage.Table =
            switch measure {
            case MunicipalIndicator.menteeSatisfaction.rawValue:
                try await lists.answers(SatisfactionSurvey.mentee, filter, title: title)
            case MunicipalIndicator.mentorSatisfaction.rawValue:
                try await lists.answers(SatisfactionSurvey.mentor, filter, title: title)
            case ProgramIndicator.matchedShare.rawValue: try await lists.requests(filter, title: title)
            case ProgramIndicator.terminated.rawValue: try await lists.pairs(filter, onlyTerminated: true, title: title)
            default:
                if let people = PeopleMeasure(rawValue: measure) {
                    try await lists.people(people, filter, title: title)
                } else {
                    try await lists.pairs(filter, title: title)
                }
            }
        let meta = req.pageMeta(
            title,
            breadcrumbs: [
                Link(context.program.title, .program(.id(context.id))),
                Link("Мониторинг", .programMonitoring(.id(context.id))),
            ],
            scopeName: context.organization.shortName)
        return try await req.view.render(
            "monitoring/list",
            IndicatorListContext(
                meta: meta, definition: card.definition, back: SiteURL.programMonitoring(.id(context.id)).path,
                tables: [table]))
    }

    func addResult(req: Request) async throws -> Response {
        let input = try req.content.decode(ProcessResultInput.self)
        return try await change(
            req, notice: "Результат внесён.", { try await $0.addResult(to: $1, input) },
            failed: { try await page(req, failure: $0, input: input) })
    }

    func saveTexts(req: Request) async throws -> Response {
        let texts = try req.content.decode(ProgramReportText.self)
        return try await change(
            req, notice: "Текст отчёта сохранён.", { try await $0.saveReportTexts(of: $1, texts) },
            failed: { try await page(req, failure: $0, texts: texts) })
    }

    /// A form on the dashboard: done — back to the dashboard with the notice; refused — the dashboard again (422) with
    /// the messages at the fields and what was typed.
    private func change(
        _ req: Request, notice: String, _ action: (ProgramMonitoring, UUID) async throws -> Void,
        failed: (ValidationFailure) async throws -> View
    ) async throws -> Response {
        let id = try req.id("programID")
        do {
            try await action(ProgramMonitoring(scope: req.scope()), id)
            return try await req.redirect(to: SiteURL.programMonitoring(.id(id)).path, notice: notice)
        } catch let failure as ValidationFailure {
            return try await failed(failure).encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    func snapshot(req: Request) async throws -> Response {
        let id = try req.id("programID")
        let notice = try await ProgramMonitoring(scope: req.scope()).snapshot(id, activityID: req.checkpointActivity())
        return try await req.redirect(to: SiteURL.programMonitoring(.id(id)).path, notice: notice)
    }

    func document(req: Request) async throws -> Response {
        let report = try await ProgramMonitoring(scope: req.scope()).report(req.id("programID"))
        return try FileDownload.docx(report.word, name: "Аналитический отчёт программы", req: req)
    }
}

extension Request {
    /// The roadmap activity a snapshot form names; anything unreadable is an unknown object.
    func checkpointActivity() throws -> UUID {
        struct Form: Decodable { var activity: String? }
        guard let id = try content.decode(Form.self).activity.flatMap(UUID.init(uuidString:)) else {
            throw Abort(.notFound)
        }
        return id
    }
}
