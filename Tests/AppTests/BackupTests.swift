import Fluent
import FluentKit
import Foundation
import MentoringCore
import NIOConcurrencyHelpers
import Persistence
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// Backups taken while people write restore every acknowledged write; a restore checks what it is given and
/// refuses to overwrite data unless told to; a move between databases copies every table with equal counts.
@Suite struct BackupTests {
    static func temporaryFile(_ name: String = "backup") -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID()).sqlite").path
    }

    @Test func aBackupTakenUnderWritesRestoresEveryAcknowledgedWrite() async throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        var before: [UUID: String] = [:]
        var backedUp: [DatabaseCopy.TableCount] = []
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let writer = PeopleWriter(app: app, organization: fixture.a.organization.id!, token: token)
            let writing = Task { try await writer.writeUntilCancelled() }
            while writer.acknowledged.count < 10 { try await Task.sleep(for: .milliseconds(20)) }
            before = writer.acknowledged
            _ = try await DatabaseBackup(app: app).backup(to: file, portable: true)
            // The app keeps writing after the backup; those rows are not in it, and nothing waits on it.
            while writer.acknowledged.count < before.count + 10 { try await Task.sleep(for: .milliseconds(20)) }
            writing.cancel()
            _ = try? await writing.value
            backedUp = try await DatabaseCopy.counts(in: app.database(.sqlite(path: file)))
        }
        try await withApp { app, _ in
            let restored = try await DatabaseBackup(app: app).restore(from: file, force: false)
            #expect(restored == backedUp)
            let people = try await PersonModel.query(on: app.db).filter(\.$id ~~ Array(before.keys)).all()
            #expect(people.count == before.count, "every write acknowledged before the backup is in it")
            for person in people { #expect(before[person.id!] == person.surname) }
        }
    }

    @Test func aRestoreRefusesADatabaseWithDataUnlessForced() async throws {
        let file = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withApp { app, _ in
            _ = try await Fixture.seed(app)
            let structured = try await StructuredValues.add(app.db)
            _ = try await DatabaseBackup(app: app).backup(to: file, portable: true)
            let original = try await DatabaseCopy.counts(in: app.db)
            await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup(app: app).backup(to: file, portable: true)
            }
            let refusal = await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup(app: app).restore(from: file, force: false)
            }
            #expect(refusal?.description.contains("--force") == true)
            try await app.addTeachers(3, to: try #require(try await OrganizationModel.query(on: app.db).first()?.id)) {
                ("После", "Копии\($0)")
            }
            let restored = try await DatabaseBackup(app: app).restore(from: file, force: true)
            #expect(restored == original, "the three people added after the backup are gone")
            try await structured.check(app.db)
        }
    }

    @Test func aRestoreRefusesABackupOfANewerBuildOrAnyOtherFile() async throws {
        let file = Self.temporaryFile()
        let junk = Self.temporaryFile("junk")
        defer { for path in [file, junk] { try? FileManager.default.removeItem(atPath: path) } }
        try await withApp { app, _ in
            _ = try await Fixture.seed(app)
            _ = try await DatabaseBackup(app: app).backup(to: file, portable: true)
            try await app.database(.sqlite(path: file)).sql.insert(into: "_fluent_migrations")
                .columns("id", "name", "batch", "created_at", "updated_at")
                .values(SQLBind(UUID()), SQLBind("App.FromANewerBuild"), SQLBind(99), SQLBind(Date()), SQLBind(Date()))
                .run()
            try Data("PK\u{3}\u{4} not a database".utf8).write(to: URL(fileURLWithPath: junk))
        }
        try await withApp { app, _ in
            let newer = await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup(app: app).restore(from: file, force: false)
            }
            #expect(newer?.description.contains("App.FromANewerBuild") == true)
            await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup(app: app).restore(from: junk, force: true)
            }
            let written = try await DatabaseCopy.tablesWithData(in: app.db)
            #expect(written.isEmpty, "nothing was written")
        }
    }

    @Test func aMoveCopiesEveryTableWithEqualCounts() async throws {
        let target = Self.temporaryFile("moved")
        defer { try? FileManager.default.removeItem(atPath: target) }
        try await withApp { app, _ in
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            let structured = try await StructuredValues.add(app.db)
            let moved = try await DatabaseBackup(app: app).move(
                from: app.db, to: app.database(.sqlite(path: target)), force: false)
            #expect(moved == (try await DatabaseCopy.counts(in: app.db)))
            #expect(moved.reduce(0) { $0 + $1.rows } > 1000)
            let copy = try app.database(.sqlite(path: target))
            let original = try await PersonModel.query(on: app.db).sort(\.$id).all()
            let copied = try await PersonModel.query(on: copy).sort(\.$id).all()
            #expect(copied.map(\.surname) == original.map(\.surname))
            #expect(copied.map(\.birthDate) == original.map(\.birthDate))
            #expect(copied.map(\.createdAt) == original.map(\.createdAt))
            try await structured.check(copy)
            await #expect(throws: DatabaseBackup.Failure.self, "the target holds data now") {
                try await DatabaseBackup(app: app).move(from: app.db, to: copy, force: false)
            }
        }
    }

    @Test(.enabled(if: TestDatabase.postgresURL != nil && PostgresTools.find("pg_dump") != nil))
    func onPostgreSQLABackupIsAPGDumpThatRestoresInPlace() async throws {
        let file = Self.temporaryFile("dump")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            #expect(try await DatabaseBackup(app: app).backup(to: file) == .pgDump)
            #expect(DatabaseBackup.format(of: file) == .pgDump)
            let original = try await DatabaseCopy.counts(in: app.db)
            try await app.addTeachers(3, to: fixture.a.organization.id!) { ("После", "Копии\($0)") }
            await #expect(throws: DatabaseBackup.Failure.self) {
                try await DatabaseBackup(app: app).restore(from: file, force: false)
            }
            #expect(try await DatabaseBackup(app: app).restore(from: file, force: true) == original)
        }
    }

    @Test func aCommandMigratesOnlyTheDatabaseItWorksOn() async throws {
        let file = Self.temporaryFile("other")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await withApp { app, _ in
            let last = try #require(Migrations.all.last?.name)
            try await app.db.sql.delete(from: "_fluent_migrations").where("name", .equal, last).run()
            let other = try app.database(.sqlite(path: file))
            try await app.migrate(other)
            #expect(try await SchemaVersion.read(on: other).isCurrent)
            #expect(try await SchemaVersion.read(on: app.db).pending == [last], "the app's database is left as it was")
        }
    }

    @Test func aFreshDatabaseHoldsOnlyWhatMigrationsSeed() async throws {
        try await withApp { app, _ in
            let tables = try await DatabaseCopy.tablesWithData(in: app.db)
            #expect(tables.isEmpty)
        }
    }

    @Test func theMigrationsOfAPGDumpAreReadFromItsCopyStatement() {
        let text = """
            SET client_encoding = 'UTF8';
            COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
            4a3b\tApp.CreateRegion\t1\t2026-01-01\t2026-01-01
            4a3c\tApp.CreateMunicipality\t1\t2026-01-01\t2026-01-01
            \\.
            """
        #expect(DatabaseBackup.migrationNames(inDump: text) == ["App.CreateRegion", "App.CreateMunicipality"])
    }
}

/// A JSON column (a consent request's texts) and an array column (an account's muted mail): PostgreSQL keeps them
/// as `jsonb` and `text[]`, SQLite as text, so a copy between the two converts them.
struct StructuredValues {
    var request: UUID
    var texts: [String: UUID]
    var account: UUID

    static func add(_ db: any Database) async throws -> StructuredValues {
        let person = try #require(try await PersonModel.query(on: db).first())
        let request = ConsentRequestModel()
        request.tokenHash = "hash-\(UUID())"
        request.$person.id = try person.requireID()
        request.texts = ["personal_data": UUID(), "participation": UUID()]
        request.createdAt = Date(timeIntervalSince1970: 1_795_251_600)
        request.expiresAt = Date(timeIntervalSince1970: 1_795_856_400)
        try await request.create(on: db)
        let account = try #require(try await AccountModel.query(on: db).first())
        account.mutedMail = [.surveyLink, .feedbackLink]
        try await account.save(on: db)
        return StructuredValues(
            request: try request.requireID(), texts: request.texts, account: try account.requireID())
    }

    func check(_ db: any Database) async throws {
        let request = try #require(try await ConsentRequestModel.find(request, on: db))
        #expect(request.texts == texts)
        #expect(request.expiresAt == Date(timeIntervalSince1970: 1_795_856_400))
        #expect(try await AccountModel.find(account, on: db)?.mutedMail == [.surveyLink, .feedbackLink])
    }
}

/// Creates people through the API one after another, remembering each one the API acknowledged.
final class PeopleWriter: Sendable {
    let app: Application
    let organization: UUID
    let token: String
    private let box = NIOLockedValueBox([UUID: String]())

    init(app: Application, organization: UUID, token: String) {
        self.app = app
        self.organization = organization
        self.token = token
    }

    var acknowledged: [UUID: String] { box.withLockedValue { $0 } }

    func writeUntilCancelled() async throws {
        var number = 0
        while !Task.isCancelled {
            number += 1
            let surname = "Записанный\(number)"
            let response = try await app.api(
                .POST, "/organizations/\(organization)/people", token: token,
                json: #"{"surname":"\#(surname)","givenName":"Тест","birthDate":"1990-01-02","categories":["teacher"]}"#
            )
            guard response.status == .created else { continue }
            let id = try response.content.decode(PersonDTO.self).id
            box.withLockedValue { $0[id] = surname }
        }
    }
}
