import Fluent
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// The database the App suite runs on: in-memory SQLite, or the PostgreSQL in `NASTAVNIK_TEST_DATABASE_URL`,
/// each test in a schema of its own.
enum TestDatabase {
    static let variable = "NASTAVNIK_TEST_DATABASE_URL"

    struct NotATestDatabase: Error, CustomStringConvertible {
        var url: String
        var description: String {
            "\(TestDatabase.variable) must name a database whose name contains «test»; refusing \(url)"
        }
    }

    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else { return nil }
        return url
    }

    /// A test run drops what it creates: it must never point at a real database.
    static func looksLikeTestDatabase(_ url: String) -> Bool {
        guard let components = URLComponents(string: url) else { return false }
        let name = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return name.lowercased().contains("test")
    }

    /// `file`: SQLite in a temporary file with its WAL, as deployments run it, for tests of requests at once
    /// (in-memory SQLite shares one cache between connections and locks differently).
    static func configuration(file: String? = nil) throws -> (AppConfig.Database, schema: String?) {
        guard let url = postgresURL else { return (file.map { .sqlite(path: $0) } ?? .sqliteMemory, nil) }
        guard looksLikeTestDatabase(url) else { throw NotATestDatabase(url: url) }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return (.postgres(url: url, schema: schema), schema)
    }
}

/// A clock the test moves by hand.
final class TestClock: Sendable {
    static let start = Date(timeIntervalSince1970: 1_795_251_600)  // 2026-11-21 09:00 UTC, 12:00 in Moscow
    private let box = NIOLockedValueBox(TestClock.start)

    var clock: Clock { Clock(now: { [box] in box.withLockedValue { $0 } }) }

    /// A clock that moves a millisecond each time it is read, as a real one moves between two writes: rows made one
    /// after another get times in that order, the same on every run.
    var ticking: Clock {
        Clock(now: { [box] in
            box.withLockedValue {
                $0 = $0.addingTimeInterval(0.001)
                return $0
            }
        })
    }

    func advance(by seconds: TimeInterval) {
        box.withLockedValue { $0 = $0.addingTimeInterval(seconds) }
    }
}

let packageRoot =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/"

/// A fresh app on a fresh database, migrated, with a clock the test controls.
func withApp(
    mail: MailSettings? = nil, fileDatabase: Bool = false, configured: (inout AppConfig) -> Void = { _ in },
    _ test: (Application, TestClock) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let clock = TestClock()
    var schema: String?
    let temporary = FileManager.default.temporaryDirectory
    let file = fileDatabase ? temporary.appendingPathComponent("nastavnik-\(UUID()).sqlite").path : nil
    defer {
        for suffix in ["", "-wal", "-shm"] where file != nil {
            try? FileManager.default.removeItem(atPath: file! + suffix)
        }
    }
    do {
        app.directory = DirectoryConfiguration(workingDirectory: packageRoot)
        let (database, testSchema) = try TestDatabase.configuration(file: file)
        schema = testSchema
        var config = AppConfig(
            database: database, bootstrapAdministrator: false, mail: mail,
            appURL: "https://nastavnik.test", deliversMailInBackground: false,
            // Many test apps run at once on one PostgreSQL: each keeps to a few connections.
            databasePoolSize: 6)
        configured(&config)
        try await configure(app, config, passwordCost: 4)
        app.clock = clock.clock
        if let schema, let sql = app.db as? any SQLDatabase {
            try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        try await test(app, clock)
    } catch {
        await cleanUp(app, schema: schema)
        throw error
    }
    await cleanUp(app, schema: schema)
}

private func cleanUp(_ app: Application, schema: String?) async {
    if let schema, let sql = app.db as? any SQLDatabase {
        try? await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}
