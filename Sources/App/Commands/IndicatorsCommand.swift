import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik indicators --municipality ID [--year Y] [--note FILE.docx]`: the municipal indicators against targets and
/// the organizations' table, as the authority's page shows them; optionally writes the analytic note.
struct IndicatorsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "municipality", help: "The municipality (id; the last part of its monitoring page address)")
        var municipality: String?
        @Option(name: "year", help: "The year (this year by default)") var year: Int?
        @Option(name: "note", help: "Also write the analytic note (DOCX) to this file") var note: String?
    }

    var help: String { "Prints a municipality's indicators for a year and can write its analytic note." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        guard let text = signature.municipality, let id = UUID(uuidString: text) else {
            console.error("Укажите --municipality ID.")
            throw ExitCode(1)
        }
        let app = context.application
        try await app.autoMigrate()
        let scope = app.consoleScope()
        let year = signature.year ?? scope.today.year
        guard MunicipalFigures.years.contains(year) else {
            console.error(MunicipalFigures.yearMessage)
            throw ExitCode(1)
        }
        let overview: MunicipalOverview
        do {
            overview = try await MunicipalMonitoring(scope: scope).overview(
                id, year: year, meetings: signature.note != nil)
        } catch DomainError.notFound {
            console.error("Муниципалитет \(text) не найден.")
            throw ExitCode(1)
        }
        console.print(
            "\(overview.municipality.name), \(year) год\(overview.figuresEntered ? "" : " (знаменатели не внесены)")")
        for indicator in MunicipalIndicator.allCases {
            let value = overview.value(indicator)
            console.print(
                "  \(indicator.shortTitle): \(value.text) (\(value.countsText))"
                    + (value.target.map { ", цель \(IndicatorValue.percentText($0))" } ?? ""))
        }
        for row in overview.rows {
            let c = row.counts
            console.print(
                "  · \(row.organization.shortName): наставников \(c.mentors), наставляемых \(c.mentees), пар \(c.pairs), "
                    + "подобрано \(c.menteesMatched) из \(c.menteesRequested), просрочено КТ \(c.overdueCheckpoints)")
        }
        if let path = signature.note {
            try MonitoringDocuments.municipalNote(overview, today: scope.today).word.data().write(
                to: URL(fileURLWithPath: path))
            console.print("Аналитическая справка: \(path)")
        }
    }
}
