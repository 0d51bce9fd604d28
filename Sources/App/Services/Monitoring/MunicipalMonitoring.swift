import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A municipality's indicators for a year: its organizations side by side and the municipal shares against targets.
struct MunicipalOverview: Sendable {
    struct Row: Sendable {
        var organization: OrganizationModel
        var counts: OrganizationCounts
    }

    var municipality: MunicipalityModel
    /// The education authority of the municipality, which issues its documents; nil when none is registered.
    var authorityName: String?
    var year: Int
    var figures: MunicipalFigures
    /// Whether the authority entered this year's figures (otherwise `figures` holds the defaults).
    var figuresEntered: Bool
    var rows: [Row]
    var total: OrganizationCounts

    func value(_ indicator: MunicipalIndicator) -> IndicatorValue { total.value(of: indicator, figures: figures) }
}

/// The authority's side of monitoring: figures per year, the overview, and who may see it — the coordinators of the
/// municipality or its region and the administrator; anyone else gets 404.
struct MunicipalMonitoring {
    let scope: RequestScope

    func municipality(_ id: UUID) async throws -> MunicipalityModel {
        guard let municipality = try await MunicipalityModel.find(id, on: scope.db), covers(municipality) else {
            throw DomainError.notFound
        }
        return municipality
    }

    /// The municipalities the user oversees, by name.
    func accessible() async throws -> [MunicipalityModel] {
        try await MunicipalityModel.query(on: scope.db).sort(\.$name).all().filter(covers)
    }

    /// What the monitoring index offers: the municipalities the user oversees, and the programs of the organizations
    /// whose data they read (the latest first) with the organization's short name.
    func index() async throws -> (municipalities: [Municipality], programs: [(program: Program, organization: String)])
    {
        let municipalities = try await accessible().map { try $0.value }
        let readers = try await OrganizationDirectory(scope: scope).accessible().filter { $0.access.readsAll }
        let names = Dictionary(
            uniqueKeysWithValues: try readers.map { (try $0.organization.requireID(), $0.organization.shortName) })
        guard !readers.isEmpty else { return (municipalities, []) }
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id ~~ Array(names.keys))
            .sort(\.$periodStart, .descending).all()
        return (municipalities, try programs.map { (try $0.value, names[$0.$organization.id] ?? "") })
    }

    private func covers(_ municipality: MunicipalityModel) -> Bool {
        scope.user.grants.contains { grant in
            switch (grant.role, grant.scope) {
            case (.administrator, .system): true
            case (.authorityCoordinator, .municipality(let id)): id.rawValue == municipality.id
            case (.authorityCoordinator, .region(let id)): id.rawValue == municipality.$region.id
            default: false
            }
        }
    }

    /// The figures of the year, or the defaults (targets by the year's place after the first year entered) when none were entered.
    func figures(of municipalityID: UUID, year: Int) async throws -> (figures: MunicipalFigures, entered: Bool) {
        Self.figures(
            in: try await MunicipalFiguresModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID).all(),
            year: year)
    }

    /// The year's entered figures among a municipality's, or the defaults by the year's place after the first entered.
    private static func figures(
        in all: [MunicipalFiguresModel], year: Int
    ) -> (figures: MunicipalFigures, entered: Bool) {
        if let entered = all.first(where: { $0.year == year }) { return (entered.value, true) }
        return (.defaults(year: year, firstYear: all.map(\.year).min()), false)
    }

    func saveFigures(of municipalityID: UUID, year: Int, input: MunicipalFiguresInput) async throws -> MunicipalFigures
    {
        _ = try await municipality(municipalityID)
        let figures = try input.validate(year: year)
        let model =
            try await MunicipalFiguresModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID).filter(
                \.$year == year
            ).first()
            ?? MunicipalFiguresModel()
        model.$municipality.id = municipalityID
        model.value = figures
        model.updatedBy = scope.user.login
        model.updatedAt = scope.now
        try await model.save(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .municipalFigures, objectID: model.id, role: scope.user.mainRole,
            fields: ["year", "children10to19", "children15to19", "youngSpecialists", "targets", "threshold"])
        return figures
    }

    func overview(_ municipalityID: UUID, year: Int, meetings: Bool = false) async throws -> MunicipalOverview {
        try await overviews(municipalityID, years: year...year, meetings: meetings)[0]
    }

    /// Several years side by side: the municipality, its figures and organizations read once, one audit entry.
    func overviews(
        _ municipalityID: UUID, years: ClosedRange<Int>, meetings: Bool = false
    ) async throws -> [MunicipalOverview] {
        let municipality = try await municipality(municipalityID)
        let entered = try await MunicipalFiguresModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .all()
        let organizations = try await OrganizationModel.query(on: scope.db).filter(
            \.$municipality.$id == municipalityID
        ).sort(\.$shortName).all()
        let authority = try await AuthorityModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .sort(\.$name).first()
        var overviews: [MunicipalOverview] = []
        for year in years {
            let (figures, isEntered) = Self.figures(in: entered, year: year)
            let queries = MonitoringRepository(db: scope.db, rules: CountingRules(figures: figures, today: scope.today))
            let counts =
                organizations.isEmpty
                ? [:]
                : try await queries.counts(.organizations(organizations.map { try $0.requireID() }), meetings: meetings)
            let rows = try organizations.map {
                MunicipalOverview.Row(organization: $0, counts: counts[(try $0.requireID())] ?? OrganizationCounts())
            }
            overviews.append(
                MunicipalOverview(
                    municipality: municipality, authorityName: authority?.name, year: year,
                    figures: figures, figuresEntered: isEntered, rows: rows,
                    total: rows.reduce(OrganizationCounts()) { $0 + $1.counts }))
        }
        try await AuditLog(scope: scope).record(
            .list, .indicators, role: scope.user.mainRole, fields: ["municipality", "year"])
        return overviews
    }
}
