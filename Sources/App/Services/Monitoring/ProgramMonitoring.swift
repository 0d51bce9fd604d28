import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The curator's and the head's view of one program: its indicators with formulas, targets and monthly history.
struct ProgramDashboard: Sendable {
    var context: ProgramContext
    var figures: MunicipalFigures
    var facts: ProgramFacts
    var cards: [IndicatorCard]
    var months: [Month]
    /// Card key → a value per month (`nil` where nothing was measured).
    var series: [String: [Double?]]
    var impact: [ImpactSummary]
    var impactParameters: [String: String]
    var exitWithoutEntry: Int
    var waitingForExit: Int
    var processResults: [ProcessResultModel]

    func trend(_ key: String) -> Trend? {
        guard let points = series[key], points.count >= 2 else { return nil }
        return Trend(previous: points[points.count - 2], current: points[points.count - 1])
    }
}

struct ProgramMonitoring {
    let scope: RequestScope

    func dashboard(_ programID: UUID) async throws -> ProgramDashboard {
        let context = try await ProgramService(scope: scope).program(programID)
        let program = context.program
        let start = program.period.start ?? scope.today
        let (figures, rules) = try await counting(context)
        let repository = MonitoringRepository(db: scope.db, rules: rules)
        var facts = try await repository.facts(program: programID, organization: context.organization.requireID())
        let impact = try await impact(programID)
        facts.terminated = try await repository.terminated(program: programID)
        let months = Month.range(from: start, to: min(scope.today, program.period.end ?? scope.today))
        let series = try await repository.series(program: programID, months: months)
        let results = try await ProcessResultModel.query(on: scope.db).filter(\.$program.$id == programID).sort(
            \.$createdAt
        ).all()
        try await AuditLog(scope: scope).record(
            .list, .indicators, objectID: programID, organizationID: context.organization.id,
            role: scope.user.mainRole, fields: ["program"])
        let cards = facts.cards(targets: figures.targets, forms: program.forms)
        return ProgramDashboard(
            context: context, figures: figures, facts: facts, cards: cards, months: months,
            series: series, impact: impact.summaries, impactParameters: impact.parameters,
            exitWithoutEntry: impact.exitWithoutEntry, waitingForExit: impact.waiting, processResults: results)
    }

    /// The municipality's figures of the program's first year, and the rules its indicators count by over the program's period.
    func counting(_ context: ProgramContext) async throws -> (figures: MunicipalFigures, rules: CountingRules) {
        let year = (context.program.period.start ?? scope.today).year
        let (figures, _) = try await MunicipalMonitoring(scope: scope).figures(
            of: context.organization.$municipality.id, year: year)
        return (figures, CountingRules(figures: figures, today: scope.today, span: context.program.period))
    }
}
