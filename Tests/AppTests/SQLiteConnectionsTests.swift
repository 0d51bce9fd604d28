import Fluent
import FluentKit
import Foundation
import MentoringCore
import NIOConcurrencyHelpers
import Persistence
import SQLKit
import SQLiteKit
import SQLiteNIO
import Testing
import Vapor
import VaporTesting

@testable import App

/// The SQLite file's reads answered inline, its write transactions on connections of their own, and the audit
/// rows' one-hop commits: each sees what the others committed, none waits for the others.
@Suite(.enabled(if: TestDatabase.postgresURL == nil, "SQLite's own connections"))
struct SQLiteConnectionsTests {
    @Test func readsAreAnsweredInlineAndSeeEveryCommitAtOnce() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            #expect(app.db is InlineSQLiteDatabase)
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let person = try fixture.a.adult.requireID()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for round in 0..<12 {
                    group.addTask {
                        let patronymic = "Проверкович\(round)"
                        let changed = try await Self.edit(app, person, token: token, patronymic: patronymic)
                        #expect(changed == .ok)
                        // Committed on the writer's connection; the next read, on another one, sees it or a later one.
                        let read = try await app.api(.GET, "/people/\(person)", token: token)
                        #expect(read.body.string.contains("Проверкович"))
                    }
                }
                try await group.waitForAll()
            }
            let stored = try #require(try await PersonModel.find(person, on: app.db))
            #expect(stored.patronymic?.hasPrefix("Проверкович") == true)
        }
    }

    @Test func aWriteTransactionDoesNotHoldTheReadsOfItsLoop() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let db = try #require(app.databases.database(logger: app.logger, on: app.eventLoopGroup.next()))
            let seen = NIOLockedValueBox<Int?>(nil)
            try await db.atomically { transaction in
                let entry = AuditLog(scope: app.consoleScope()).entry(.read, .person)
                try await AuditEntryModel.insert([entry], on: transaction)
                // The same loop reads while the transaction is open: the count before it, without waiting for it.
                Task {
                    let count = try await AuditEntryModel.query(on: db).count()
                    seen.withLockedValue { $0 = count }
                }
                for _ in 0..<500 where seen.withLockedValue({ $0 }) == nil {
                    try await Task.sleep(for: .milliseconds(10))
                }
                #expect(seen.withLockedValue { $0 } == 0, "the read waited for the write transaction")
            }
            #expect(try await AuditEntryModel.query(on: db).count() == 1)
        }
    }

    /// A transaction that passes the write gate runs on the writer's connection: it reads its own writes, others do
    /// not see them before the commit, and a failure leaves nothing.
    @Test func aGatedTransactionRunsOnTheWriterAsOneUnit() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let organization = try fixture.a.organization.requireID()
            let partners = try await PartnerModel.query(on: app.db).count()
            let seen = try await app.db.atomically { db in
                #expect(db is InlineSQLiteTransaction)
                let partner = PartnerModel(organizationID: organization, name: "ООО «Проба»")
                try await partner.create(on: db)
                #expect(partner.id != nil)
                partner.inn = "7701234567"
                try await partner.update(on: db)
                let outside = try await PartnerModel.query(on: app.db).count()
                #expect(outside == partners, "a reader outside sees the transaction's rows only once it commits")
                return try await PartnerModel.query(on: db).filter(\.$inn == "7701234567").count()
            }
            #expect(seen == 1)
            #expect(try await PartnerModel.query(on: app.db).count() == partners + 1)
            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await app.db.atomically { db in
                    try await PartnerModel(organizationID: organization, name: "ООО «Откат»").create(on: db)
                    try await PartnerModel.query(on: db).filter(\.$inn == "7701234567").delete()
                    throw Refused()
                }
            }
            #expect(try await PartnerModel.query(on: app.db).count() == partners + 1, "nothing of it is left")
            let writes = try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 0..<16 {
                    group.addTask {
                        try await app.db.atomically { db in
                            try await PartnerModel(organizationID: organization, name: "Партнёр \(number)").create(
                                on: db)
                        }
                    }
                }
                try await group.waitForAll()
                return try await PartnerModel.query(on: app.db).count()
            }
            #expect(writes == partners + 17)
        }
    }

    /// While another connection writes the file (another process, or a write of the driver's outside the gate), a
    /// gated transaction waits for it and then commits; it does not fail.
    @Test func aGatedTransactionWaitsForAnotherWriterOfTheFile() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let organization = try fixture.a.organization.requireID()
            let driver = try #require(app.db as? InlineSQLiteDatabase).base
            let other = Task {
                try await driver.transaction { db in
                    try await (db as! any SQLDatabase).raw("UPDATE _fluent_migrations SET batch = batch WHERE 1 = 0")
                        .run()
                    try await Task.sleep(for: .milliseconds(400))
                }
            }
            try await Task.sleep(for: .milliseconds(100))
            let started = ContinuousClock.now
            try await app.db.atomically { db in
                try await PartnerModel(organizationID: organization, name: "ООО «После»").create(on: db)
            }
            #expect(ContinuousClock.now - started >= .milliseconds(200), "it waited for the other writer")
            try await other.value
            #expect(try await PartnerModel.query(on: app.db).filter(\.$name == "ООО «После»").count() == 1)
        }
    }

    @Test func aStatementFollowsTheSchemaAndAManyTextsStartTheCacheOver() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let sql = app.db.sql
            try await sql.raw("CREATE TABLE probe (a INTEGER)").run()
            try await sql.raw("INSERT INTO probe (a) VALUES (1)").run()
            #expect(try await sql.raw("SELECT * FROM probe").first()?.allColumns == ["a"])
            try await sql.raw("ALTER TABLE probe ADD COLUMN b TEXT DEFAULT 'x'").run()
            let widened = try #require(try await sql.raw("SELECT * FROM probe").first())
            #expect(widened.allColumns == ["a", "b"])
            #expect(try widened.decode(column: "b", as: String.self) == "x")
            for number in 0..<(InlineSQLiteConnection.statementLimit + 20) {
                let row = try await sql.raw("SELECT \(unsafeRaw: String(number)) AS n, a FROM probe").first()
                #expect(try row?.decode(column: "n", as: Int.self) == number)
            }
        }
    }

    /// A kept statement whose plan weighed a bound value (a page's `LIMIT ?`, a joined key) is not prepared again on
    /// each run.
    @Test func aKeptStatementIsPlannedOnceWhateverIsBound() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID()).sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil), "an empty file is an empty database")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let connection = try InlineSQLiteConnection(path: path)
        defer { connection.close() }
        for statement in [
            "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT, left_at TEXT)",
            "CREATE TABLE grants (id TEXT PRIMARY KEY, person_id TEXT, role TEXT)",
            "CREATE INDEX grants_person ON grants (person_id)",
            "INSERT INTO people (id, name) VALUES ('p1', 'Анна'), ('p2', 'Борис'), ('p3', 'Вера')",
            "INSERT INTO grants (id, person_id, role) VALUES ('g1', 'p1', 'curator')",
        ] {
            _ = try connection.rows(statement, [])
        }
        let person = """
            SELECT p.name, g.role FROM people p LEFT JOIN grants g ON g.person_id = p.id \
            WHERE p.id = ?1 AND p.left_at IS NULL
            """
        let page = "SELECT name FROM people ORDER BY name LIMIT ?1 OFFSET ?2"
        for (id, size, offset) in [("p1", 2, 0), ("p2", 2, 2), ("p3", 1, 1), ("p1", 25, 0)] {
            let role = try connection.rows(person, [.text(id)]).first?.decode(column: "role", as: String?.self)
            #expect(role == (id == "p1" ? "curator" : nil))
            let names = try connection.rows(page, [.integer(size), .integer(offset)]).map {
                try $0.decode(column: "name", as: String.self)
            }
            #expect(names == Array(["Анна", "Борис", "Вера"].dropFirst(offset).prefix(size)))
        }
        #expect(connection.repreparations(of: person) == 0)
        #expect(connection.repreparations(of: page) == 0)
    }

    @Test func aFailedStatementLeavesItsConnectionUsable() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let sql = app.db.sql
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT nothing FROM nowhere").all() }
            await #expect(throws: (any Error).self) {
                try await sql.raw("SELECT CAST(\(bind: "x") AS INTEGER) / 0 + abs(-9223372036854775808)").all()
            }
            #expect(try await sql.raw("SELECT 1 AS one").first()?.decode(column: "one", as: Int.self) == 1)
            // A group of audit rows that cannot be written (a repeated id) is rolled back; the next one commits.
            let entry = AuditLog(scope: app.consoleScope()).entry(.read, .person)
            entry.id = UUID()
            let writer = try #require(app.auditWriter)
            try await writer.write(entry)
            await #expect(throws: (any Error).self) { try await writer.write(entry) }
            try await writer.write(AuditLog(scope: app.consoleScope()).entry(.read, .person))
            #expect(try await AuditEntryModel.query(on: app.db).count() == 2)
        }
    }

    /// The row's own conversions of the common column types, and a column reader's, give what SQLiteNIO's decoder
    /// gives, or leave the value to it: the same values, the same refusals.
    @Test func aRowConvertsItsColumnsAsTheDriverDoes() throws {
        let id = UUID()
        let values: [SQLiteData] = [
            .null, .integer(0), .integer(1), .integer(-7), .integer(1_796_633_547), .float(2.5),
            .float(1_796_633_547.25),
            .text(""), .text("Иванова"), .text(id.uuidString), .text(id.uuidString.lowercased()), .text("1"),
            .text("true"), .text("2026-12-07T09:00:00Z"), .text("2026-12-07"), .text("{}"),
            .blob(ByteBuffer(bytes: [0, 1, 2])),
        ]
        for value in values {
            try Self.same(value, as: String.self)
            try Self.same(value, as: UUID.self)
            try Self.same(value, as: Int.self)
            try Self.same(value, as: Bool.self)
            try Self.same(value, as: Date.self)
            try Self.same(value, as: Double.self)
            try Self.same(value, as: String?.self)
            try Self.same(value, as: UUID?.self)
            try Self.same(value, as: Int?.self)
            try Self.same(value, as: Bool?.self)
            try Self.same(value, as: Date?.self)
            try Self.same(value, as: Double?.self)
        }
        #expect(SQLiteData.text(id.uuidString).converted(as: UUID.self) == id)
        #expect(SQLiteData.null.converted(as: UUID?.self) == .some(nil))
        #expect(SQLiteData.text("x").converted(as: [String].self) == nil, "another type is the decoder's")
        for _ in 0..<200 {
            let id = UUID()
            #expect(SQLiteData.text(id.uuidString).canonicalUUID == id)
            #expect(SQLiteData.text(id.uuidString.lowercased()).canonicalUUID == id)
        }
        let canonical = id.uuidString
        var malformed = [
            "", " " + canonical.dropLast(), canonical + "0", canonical.replacingOccurrences(of: "-", with: "+"),
        ]
        for position in [0, 7, 8, 13, 35] {
            for replacement: Character in ["g", "-", " ", "Я"] where replacement != Array(canonical)[position] {
                var characters = Array(canonical)
                characters[position] = replacement
                malformed.append(String(characters))
            }
        }
        for text in malformed {
            #expect(SQLiteData.text(text).canonicalUUID == nil, "\(text) is not an id in its canonical form")
            try Self.same(.text(text), as: UUID.self)
        }
    }

    private static func same<D: Decodable & Equatable>(_ value: SQLiteData, as type: D.Type) throws {
        let row = InlineSQLiteRow(columns: .init(names: ["c"]), values: [value])
        let driver = Result { try SQLiteDataDecoder().decode(D.self, from: value) }
        let inline = Result { try row.decode(column: "c", as: D.self) }
        let reader = Result { try ColumnReader(row).decode(column: "c", as: D.self) }
        for (read, by) in [(inline, "the row"), (reader, "a column reader")] {
            switch (driver, read) {
            case (.success(let expected), .success(let read)): #expect(read == expected, "\(value) as \(D.self), \(by)")
            case (.failure, .failure): break
            default: Issue.record("\(value) as \(D.self): the driver gives \(driver), \(by) \(read)")
            }
        }
    }

    @Test func aBusyFileOrATakenKeyIsContentionNotAServerError() {
        #expect(DatabaseContention(InlineSQLiteError(status: 5, message: "database is locked")) == .busy)
        #expect(DatabaseContention(InlineSQLiteError(status: 6 | 1 << 8, message: "table is locked")) == .busy)
        let taken = InlineSQLiteError(status: 2067, message: "UNIQUE constraint failed: audit_entries.id")
        #expect(DatabaseContention(taken) == .duplicate)
        #expect(DatabaseContention(InlineSQLiteError(status: 1, message: "no such table: nowhere")) == nil)
    }

    private static func edit(
        _ app: Application, _ person: UUID, token: String, patronymic: String
    ) async throws
        -> HTTPStatus
    {
        let current = try await app.api(.GET, "/people/\(person)", token: token)
        var details = try JSONSerialization.jsonObject(with: Data(current.body.readableBytesView)) as! [String: Any]
        details = details["details"] as! [String: Any]
        details["patronymic"] = patronymic
        let body = String(decoding: try JSONSerialization.data(withJSONObject: details), as: UTF8.self)
        return try await app.api(.PUT, "/people/\(person)", token: token, json: body).status
    }
}
