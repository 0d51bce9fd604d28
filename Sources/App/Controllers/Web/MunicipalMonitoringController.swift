import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The authority's monitoring: the municipality's dashboard by year, the figures it enters, the lists behind the
/// numbers, the analytic note and the statistics export. Also `/monitoring`, where everyone finds their dashboards.
struct MunicipalMonitoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.monitoring, use: index)
        routes.get(.municipalMonitoring(.key), use: show)
        routes.get(.municipalMonitoringList(.key), use: list)
        routes.get(.municipalFigures(.key), use: figuresForm)
        routes.post(.municipalFigures(.key), use: saveFigures)
        routes.post(.municipalSnapshot(.key), use: snapshot)
        for format in ["docx", "xlsx"] {
            routes.get(.municipalNote(.key, format: format)) { req in try await note(req, format: format) }
        }
        for format in ["xlsx", "csv"] {
            routes.get(.municipalStatistics(.key, format: format)) { req in try await statistics(req, format: format) }
        }
    }

    /// The municipalities and programs the user can monitor.
    func index(req: Request) async throws -> View {
        let (municipalities, programs) = try await MunicipalMonitoring(scope: req.scope()).index()
        return try await req.view.render(
            "monitoring/index",
            MonitoringIndexContext(
                meta: req.pageMeta("Мониторинг"), municipalities: municipalities, programs: programs))
    }

    func show(req: Request) async throws -> View {
        let service = try MunicipalMonitoring(scope: req.scope())
        let id = try req.id("municipalityID")
        let year = try req.reportYear()
        let history = try await service.overviews(id, years: (year - 2)...year)
        return try await req.view.render(
            "monitoring/municipality",
            MunicipalMonitoringPage(
                layout: req.layout, today: req.clock.today, notice: req.notice, overview: history.last!,
                history: history, sort: req.query[String.self, at: "sort"],
                descending: req.query[String.self, at: "dir"] != "asc", checkpoints: try await service.checkpoints(id)))
    }

    func snapshot(req: Request) async throws -> Response {
        let id = try req.id("municipalityID")
        let year = try req.reportYear()
        let notice = try await MunicipalMonitoring(scope: req.scope()).snapshot(
            id, year: year, activityID: req.checkpointActivity())
        return try await req.redirect(to: SiteURL.municipalMonitoring(.id(id)).path + "?year=\(year)", notice: notice)
    }

    func list(req: Request) async throws -> View {
        let scope = try req.scope()
        let id = try req.id("municipalityID")
        let year = try req.reportYear()
        let service = MunicipalMonitoring(scope: scope)
        let municipality = try await service.municipality(id)
        let (figures, _) = try await service.figures(of: id, year: year)
        var organizations = try await OrganizationDirectory(scope: scope).accessible().filter {
            $0.organization.$municipality.id == id
        }
        if let only = req.query[String.self, at: "organization"] {
            organizations = organizations.filter { $0.organization.id?.uuidString.lowercased() == only.lowercased() }
            guard !organizations.isEmpty else { throw Abort(.notFound) }
        }
        let ids = try organizations.map { try $0.organization.requireID() }
        let lists = IndicatorListTables(
            lists: IndicatorLists(
                scope: scope,
                queries: MonitoringRepository(db: req.db, rules: CountingRules(figures: figures, today: scope.today)),
                organizations: Dictionary(
                    uniqueKeysWithValues: try organizations.map {
                        ((try $0.organization.requireID()), ($0.organization.shortName, $0.access))
                    })))
        let filter = MonitoringRepository.Filter.organizations(ids)
        let measure = req.query[String.self, at: "measure"] ?? ""
        let scopeTitle = organizations.count == 1 ? organizations[0].organization.shortName : municipality.name
        var tables: [TablePage.Table] = []
        switch measure {
        case _ where ids.isEmpty: break
        case MunicipalIndicator.menteeSatisfaction.rawValue:
            tables = [try await lists.answers(SatisfactionSurvey.mentee, filter, title: "Ответы наставляемых")]
        case MunicipalIndicator.mentorSatisfaction.rawValue:
            tables = [try await lists.answers(SatisfactionSurvey.mentor, filter, title: "Ответы наставников")]
        case "satisfaction":
            tables = [
                try await lists.answers(SatisfactionSurvey.mentee, filter, title: "Ответы наставляемых"),
                try await lists.answers(SatisfactionSurvey.mentor, filter, title: "Ответы наставников"),
            ]
        case "participants":
            tables = [
                try await lists.people(.mentors, filter, title: "Наставники"),
                try await lists.people(.mentees, filter, title: "Наставляемые"),
            ]
        case "pairs": tables = [try await lists.pairs(filter, title: "Пары и группы, работавшие в \(year) году")]
        case "matched": tables = [try await lists.requests(filter, title: "Запросы наставляемых")]
        case "overdue": tables = [try await lists.overdueCheckpoints(ids, title: "Просроченные контрольные точки")]
        default:
            guard let people = PeopleMeasure(rawValue: measure), let indicator = MunicipalIndicator(rawValue: measure)
            else { throw Abort(.notFound) }
            tables = [try await lists.people(people, filter, title: indicator.shortTitle)]
        }
        let meta = req.pageMeta(
            "\(scopeTitle): список за \(year) год",
            breadcrumbs: [Link("Мониторинг", .municipalMonitoring(.id(id)))], scopeName: municipality.name)
        return try await req.view.render(
            "monitoring/list",
            IndicatorListContext(
                meta: meta, definition: MunicipalIndicator(rawValue: measure)?.definition,
                back: SiteURL.municipalMonitoring(.id(id)).path + "?year=\(year)", tables: tables))
    }

    func figuresForm(req: Request) async throws -> View {
        let service = try MunicipalMonitoring(scope: req.scope())
        let id = try req.id("municipalityID")
        let year = try req.reportYear()
        let municipality = try await service.municipality(id)
        let (figures, _) = try await service.figures(of: id, year: year)
        return try await req.render(
            try Self.form(
                req, municipality: municipality, year: year, input: MunicipalFiguresInput(figures), failure: nil))
    }

    func saveFigures(req: Request) async throws -> Response {
        let service = try MunicipalMonitoring(scope: req.scope())
        let id = try req.id("municipalityID")
        let year = try req.reportYear()
        let municipality = try await service.municipality(id)
        let input = try req.content.decode(MunicipalFiguresInput.self)
        return try await req.submit(
            {
                _ = try await service.saveFigures(of: id, year: year, input: input)
                return req.redirect(to: SiteURL.municipalMonitoring(.id(id)).path + "?year=\(year)")
            },
            form: { failure in
                try Self.form(req, municipality: municipality, year: year, input: input, failure: failure)
            })
    }

    static func form(
        _ req: Request, municipality: MunicipalityModel, year: Int, input: MunicipalFiguresInput,
        failure: ValidationFailure?
    ) throws -> MunicipalFiguresContext {
        let id = try municipality.requireID()
        return MunicipalFiguresContext(
            meta: req.pageMeta(
                "Знаменатели и цели на \(year) год", breadcrumbs: [Link("Мониторинг", .municipalMonitoring(.id(id)))],
                scopeName: municipality.name),
            municipality: id, year: year, input: input, failure: failure)
    }

    func note(_ req: Request, format: String) async throws -> Response {
        let year = try req.reportYear()
        let note = try await MunicipalMonitoring(scope: req.scope()).note(req.id("municipalityID"), year: year)
        if format == "docx" {
            return try FileDownload.docx(note.document.word, name: "Аналитическая справка \(year)", req: req)
        }
        return try FileDownload.tabular(note.data, name: "Данные справки \(year)", format: format, req: req)
    }

    func statistics(_ req: Request, format: String) async throws -> Response {
        let year = try req.reportYear()
        let export = try await MunicipalMonitoring(scope: req.scope()).statistics(req.id("municipalityID"), year: year)
        return try FileDownload.tabular(export, name: "Участники по формам \(year)", format: format, req: req)
    }
}

extension MunicipalFiguresInput {
    /// The form prefilled with saved (or default) figures.
    init(_ figures: MunicipalFigures) {
        self.init(
            children10to19: figures.children10to19.map(String.init),
            children15to19: figures.children15to19.map(String.init),
            youngSpecialists: figures.youngSpecialists.map(String.init), referenceDate: figures.referenceDate.russian,
            targets: Dictionary(uniqueKeysWithValues: figures.targets.map { ($0.key.rawValue, Self.number($0.value)) }),
            thresholdOfFive: String(figures.threshold.ofFive), thresholdOfTen: String(figures.threshold.ofTen))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value).replacingOccurrences(of: ".", with: ",")
    }
}

extension Request {
    /// The `year` query parameter of the monitoring pages and API; this year when absent.
    func reportYear() throws -> Int {
        guard let text = query[String.self, at: "year"] else { return clock.today.year }
        return try MunicipalFigures.year(text)
    }
}
