import Fluent
import FluentKit
import FluentSQLiteDriver
import Foundation
import Leaf
import LeafKit
import Persistence
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct ConfigurationTests {
    @Test func defaultsToSQLiteInTheDataFolder() throws {
        let config = try AppConfig.from(environment: [:])
        #expect(config.database == .sqlite(path: "data/nastavnik.sqlite"))
        #expect(config.port == 8080 && config.hostname == "127.0.0.1" && !config.secureCookies)
        #expect(config.strictAudit, "a read waits for its audit row unless the operator says otherwise")
    }

    @Test func strictAuditCanBeTurnedOffAndOnlyByAFlag() throws {
        #expect(try !AppConfig.from(environment: ["STRICT_AUDIT": "false"]).strictAudit)
        #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["STRICT_AUDIT": "sometimes"]) }
    }

    @Test func preparedStatementsAreOnUnlessTurnedOffByAFlag() throws {
        #expect(try AppConfig.from(environment: [:]).preparedStatements)
        #expect(try !AppConfig.from(environment: ["DATABASE_PREPARED_STATEMENTS": "false"]).preparedStatements)
        #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["DATABASE_PREPARED_STATEMENTS": "2"]) }
    }

    @Test func thePoolSizeIsANumberOfConnections() throws {
        #expect(try AppConfig.from(environment: [:]).databasePoolSize == 16)
        #expect(try AppConfig.from(environment: ["DATABASE_POOL_SIZE": "40"]).databasePoolSize == 40)
        for bad in ["0", "-3", "many", "99999999999999999999"] {
            #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["DATABASE_POOL_SIZE": bad]) }
        }
    }

    @Test func readsPostgresPortAndCookieFlag() throws {
        let config = try AppConfig.from(environment: [
            "DATABASE_URL": "postgres://user:pw@db.local:5432/nastavnik", "PORT": "9000", "SECURE_COOKIES": "true",
            "HOST": "0.0.0.0",
        ])
        #expect(config.database == .postgres(url: "postgres://user:pw@db.local:5432/nastavnik"))
        #expect(config.port == 9000 && config.secureCookies && config.hostname == "0.0.0.0")
    }

    @Test func listsEveryBadVariableAtOnce() {
        #expect(throws: ConfigError.self) {
            try AppConfig.from(environment: ["DATABASE_URL": "mysql://x", "PORT": "eighty", "SECURE_COOKIES": "maybe"])
        }
        do {
            _ = try AppConfig.from(environment: [
                "DATABASE_URL": "mysql://x", "PORT": "70000", "SECURE_COOKIES": "maybe",
            ])
        } catch {
            #expect(error.problems.count == 3)
            #expect(
                error.description.contains("PORT") && error.description.contains("DATABASE_URL")
                    && error.description.contains("SECURE_COOKIES"))
        }
    }

    @Test(arguments: [
        ("postgres://u:p@127.0.0.1:5432/nastavnik_test", true), ("postgres://u:p@127.0.0.1/test", true),
        ("postgres://u:p@127.0.0.1:5432/nastavnik", false), ("postgres://u:p@prod.example/postgres", false),
    ])
    func testsRefuseARealDatabase(url: String, accepted: Bool) {
        #expect(TestDatabase.looksLikeTestDatabase(url) == accepted)
    }

    @Test func sqliteFileRunsInWALWithFullSyncAndABusyTimeout() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nastavnik-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try await Application.make(.testing)
        do {
            app.directory = DirectoryConfiguration(workingDirectory: packageRoot)
            try await configure(
                app, AppConfig(database: .sqlite(path: folder.path + "/db.sqlite"), bootstrapAdministrator: false),
                passwordCost: 4)
            try await app.asyncBoot()
            for loop in app.eventLoopGroup.makeIterator() {
                let db = try #require(app.databases.database(.sqlite, logger: app.logger, on: loop) as? any SQLDatabase)
                func pragma(_ name: String) async throws -> String? {
                    let row = try #require(try await db.raw("PRAGMA \(unsafeRaw: name)").first())
                    let column = try #require(row.allColumns.first)
                    if let text = try? row.decode(column: column, as: String.self) { return text }
                    return String(try row.decode(column: column, as: Int.self))
                }
                #expect(try await pragma("journal_mode") == "wal")
                #expect(try await pragma("synchronous") == "2")
                #expect(try await pragma("busy_timeout") == "5000")
            }
            try await app.autoMigrate()
            #expect(FileManager.default.fileExists(atPath: folder.path + "/db.sqlite"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

@Suite struct OperationsConfigurationTests {
    @Test func metricsNeedALongTokenAndAreOffWithoutOne() throws {
        #expect(try AppConfig.from(environment: [:]).metricsToken == nil)
        #expect(try AppConfig.from(environment: ["METRICS_TOKEN": "0123456789abcdef"]).metricsToken != nil)
        #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["METRICS_TOKEN": "short"]) }
    }

    @Test func theFirstRhythmCheckWaitsAMinuteUnlessSetOtherwise() throws {
        #expect(try AppConfig.from(environment: [:]).rhythmStartDelay == 60)
        #expect(try AppConfig.from(environment: ["RHYTHM_START_DELAY": "3"]).rhythmStartDelay == 3)
        #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["RHYTHM_START_DELAY": "-1"]) }
    }

    @Test func logsAreTextOrJSON() throws {
        #expect(try !AppConfig.from(environment: [:]).jsonLogs)
        #expect(try AppConfig.from(environment: ["LOG_FORMAT": "JSON"]).jsonLogs)
        #expect(try !AppConfig.from(environment: ["LOG_FORMAT": "text"]).jsonLogs)
        #expect(throws: ConfigError.self) { try AppConfig.from(environment: ["LOG_FORMAT": "xml"]) }
    }

    /// A plain `serve` runs in the "development" environment; a release build must still parse each template once.
    @Test func templatesStayCachedInTheDevelopmentEnvironment() async throws {
        let app = try await Application.make(.development)
        app.directory = DirectoryConfiguration(workingDirectory: packageRoot)
        app.useLeafViews()
        app.leaf.cache.isEnabled = true
        let context = ["field": ["label": "Фамилия", "name": "lastName"]]
        for _ in 0..<2 {
            let page = try await app.view.render("partials/field", context).get()
            #expect(String(buffer: page.data).contains("Фамилия"))
        }
        #expect(app.leaf.cache.isEnabled)
        #expect((app.leaf.cache as? DefaultLeafCache)?.count == 1, "the template is parsed once and kept")
        try await app.asyncShutdown()
    }
}
