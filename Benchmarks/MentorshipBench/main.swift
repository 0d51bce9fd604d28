import BenchmarkTiming
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit
import Vapor

@testable import App

// Mentorship benchmark (issue 6): a municipality-sized program — 500 pairs, 20 000 meetings, 39 000 feedback
// forms — and the two reads that run most: the curator's table of pairs (targets: under 100 ms) and the daily
// rhythm check with its reminders (under 1 s). Runs on SQLite in a temporary file, and on PostgreSQL when
// DATABASE_URL=postgres://… is set (in a throwaway schema).
// Run: swift run -c release -Xswiftc -enable-testing mentorship-bench

func run(_ label: String, database: AppConfig.Database, schema: String?) async throws {
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
        var program: ProgramGenerator.Program!
        let generated = try await seconds {
            program = try await ProgramGenerator(scope: app.consoleScope()).make(passwords: PasswordHashing(app: app))
        }
        let counts = (
            try await MeetingModel.query(on: app.db).count(), try await MeetingFeedbackModel.query(on: app.db).count()
        )
        print(
            "\(label): generated 500 pairs, \(counts.0) meetings, \(counts.1) feedback forms in \(String(format: "%.1f", generated)) s"
        )
        let user = try await AccountService.currentUser(program.curator, on: app.db)
        let scope = RequestScope(db: app.db, user: user, requestID: "bench", clock: app.clock)
        var rows = 0
        var risks = 0
        var notices = 0
        let table = try await measure("curator's table of 500 pairs", target: 0.1) {
            rows = try await MentorshipService(scope: scope).table(program.id).1.rows.count
        }
        let programs = try await ProgramModel.query(on: app.db).all()
        let check = try await measure("rhythm risks of every working pair", target: 1) {
            risks = try await RhythmService(db: app.db, today: scope.today, now: scope.now).risks(programs: programs)
                .count
        }
        // The first daily run writes the reminders; later runs of the same day find them written.
        let firstRun = try await seconds {
            notices = try await RhythmService(db: app.db, today: scope.today, now: scope.now)
                .notifyAll(outbox: nil).notices
        }
        let daily = try await measure("daily rhythm check with reminders", target: 1) {
            _ = try await RhythmService(db: app.db, today: scope.today, now: scope.now).notifyAll(outbox: nil)
        }
        let pairs = try await MentorshipModel.read(programs: [program.id], on: app.db)
        let ids = pairs.map { $0.id! }
        let parts = [
            try await measure("  part: pairs with mentees and plans", target: nil) {
                _ = try await MentorshipModel.read(programs: [program.id], on: app.db)
            },
            try await measure("  part: people and consents, named", target: nil) {
                _ = try await MentorshipPeople.load(pairs, access: nil, scope: scope)
            },
            try await measure("  part: meeting and feedback counts", target: nil) {
                _ = try await MentorshipActivity.load(ids, on: app.db, now: scope.now)
            },
        ]
        print(
            "  table rows \(rows), risks \(risks), reminders written on the first run \(notices) in \(String(format: "%.0f", firstRun * 1000)) ms"
        )
        for measurement in [table, check, daily] + parts { print(measurement.line) }
    } catch {
        if let schema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        throw error
    }
    if let schema, let sql = app.db as? any SQLDatabase {
        try? await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
    }
    try await app.asyncShutdown()
}

let file = FileManager.default.temporaryDirectory.appendingPathComponent("nastavnik-bench-\(UUID().uuidString).sqlite")
try await run("SQLite", database: .sqlite(path: file.path), schema: nil)
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], url.hasPrefix("postgres") {
    let schema = "bench_\(UUID().uuidString.prefix(8).lowercased())"
    try await run("PostgreSQL", database: .postgres(url: url, schema: schema), schema: schema)
} else {
    print("PostgreSQL: skipped — set DATABASE_URL=postgres://… to measure it too.")
}
