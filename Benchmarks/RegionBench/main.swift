import BenchmarkTiming
import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import SQLKit
import Vapor

@testable import App

// Regional monitoring benchmark (issue 7): a region of 100 municipalities, 5 000 organizations, 1 000 000 people,
// 300 000 pairs and 5 000 000 meetings with feedback, generated inside the database; then the authority's dashboard of
// one municipality (its year and the two before, as the page shows them) and the municipal analytic note (DOCX).
// Targets: dashboard under 500 ms on PostgreSQL and under 2 s on SQLite; note under 5 s.
// Runs on SQLite in a temporary file, and on PostgreSQL when DATABASE_URL=postgres://… is set (in a throwaway schema).
// Run: swift run -c release -Xswiftc -enable-testing region-bench [--small]

func run(
    _ label: String, database: AppConfig.Database, schema: String?, generator: RegionGenerator,
    targets: (dashboard: Double, note: Double)
) async throws -> [Timing] {
    var environment = Environment(name: "bench", arguments: ["bench"])
    environment.commandInput.arguments = []
    let app = try await Application.make(environment)
    app.logger.logLevel = .error
    do {
        try await configure(app, AppConfig(database: database, bootstrapAdministrator: false), passwordCost: 4)
        if let schema, let sql = app.db as? any SQLDatabase {
            try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        print(
            "\(label): generating \(generator.organizations) organizations, \(generator.people) people, \(generator.pairs) pairs, \(generator.meetings) meetings"
        )
        let generated = try await seconds {
            try await RegionGenerator(
                db: app.db, municipalities: generator.municipalities,
                organizationsPerMunicipality: generator.organizationsPerMunicipality,
                meetings: generator.meetings
            ).make { print($0) }
        }
        print(String(format: "  generated in %.0f s", generated))
        let municipality = generator.municipalityID(generator.municipalities / 2)
        let coordinator = CurrentUser(
            accountID: nil, login: "bench", displayName: "Методист",
            grants: [
                Grant(role: .authorityCoordinator, scope: .municipality(.init(municipality)))
            ], personID: nil, representativeID: nil, mustChangePassword: false)
        let scope = RequestScope(db: app.db, user: coordinator, requestID: "bench", clock: app.clock)
        let service = MunicipalMonitoring(scope: scope)
        _ = try await service.saveFigures(
            of: municipality, year: 2026,
            input: MunicipalFiguresInput(
                children10to19: "9000", children15to19: "3500", youngSpecialists: "600",
                targets: Dictionary(uniqueKeysWithValues: MunicipalIndicator.allCases.map { ($0.rawValue, "50") })))
        var pairs = 0
        var satisfaction = ""
        let dashboard = try await measure(
            "authority dashboard (3 years, 50 organizations)", target: targets.dashboard, runs: 7
        ) {
            let current = try await service.overviews(municipality, years: 2024...2026).last!
            pairs = current.total.pairs
            satisfaction = current.value(.menteeSatisfaction).text
        }
        print("  the municipality's 2026: \(pairs) pairs worked, mentee satisfaction \(satisfaction)")
        var bytes = 0
        let note = try await measure("municipal note (DOCX) with meetings", target: targets.note, runs: 7) {
            let overview = try await service.overview(municipality, year: 2026, meetings: true)
            bytes = try MonitoringDocuments.municipalNote(overview, today: scope.today).word.data().count
        }
        print("  the note: \(bytes) bytes")
        let program = try await measure("program dashboard of one school (curator)", target: nil, runs: 7) {
            _ = try await ProgramMonitoring(scope: scope).dashboard(generator.programID(generator.organizations / 2))
        }
        try await app.asyncShutdown()
        return [dashboard, note, program]
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

let small = CommandLine.arguments.contains("--small")
let generator =
    small
    ? RegionGenerator(db: nil, municipalities: 4, organizationsPerMunicipality: 50, meetings: 200_000)
    : RegionGenerator(db: nil)
var results: [(String, [Timing])] = []
let file = FileManager.default.temporaryDirectory.appendingPathComponent("nastavnik-region-\(UUID().uuidString).sqlite")
    .path
results.append(
    (
        "SQLite",
        try await run("SQLite", database: .sqlite(path: file), schema: nil, generator: generator, targets: (2, 5))
    ))
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], url.hasPrefix("postgres") {
    let schema = "region_bench_" + UUID().uuidString.prefix(8).lowercased()
    results.append(
        (
            "PostgreSQL",
            try await run(
                "PostgreSQL", database: .postgres(url: url, schema: schema), schema: schema, generator: generator,
                targets: (0.5, 5))
        ))
}
for (label, timings) in results {
    print("\n\(label)")
    for timing in timings { print(timing.line) }
}
