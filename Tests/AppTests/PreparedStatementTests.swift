import Fluent
import FluentKit
import Foundation
import PostgresKit
import PostgresNIO
import SQLKit
import Testing
import Vapor

@testable import App

/// On PostgreSQL the app's statements are prepared once per connection and run by name after; a statement that
/// failed, or whose table changed its columns, is prepared again instead of failing for good.
@Suite(.enabled(if: TestDatabase.postgresURL != nil, "PostgreSQL's prepared statements"))
struct PreparedStatementTests {
    @Test func aStatementRunsByNameOnceItIsPrepared() async throws {
        try await withApp { app, _ in
            for _ in 0..<3 {
                #expect(try await Self.count(in: app) == 0)
            }
            let prepared = try await Self.preparedOnAConnection(app)
            let names = prepared.filter { $0.statement == Self.counting }.map(\.name)
            #expect(names.count == 1 && names.allSatisfy { $0.hasPrefix("nastavnik_") }, "\(prepared)")
        }
    }

    @Test func turnedOffNothingIsPrepared() async throws {
        try await withApp(configured: { $0.preparedStatements = false }) { app, _ in
            let counted = try await Self.count(in: app)
            let prepared = try await Self.preparedOnAConnection(app)
            #expect(counted == 0 && prepared.isEmpty, "\(prepared)")
        }
    }

    /// Every kind of column read as every type a plain row asks for gives what PostgresKit's row gives: the same
    /// value or a refusal.
    @Test func cellsDecodeAsPostgresKitDecodesThem() async throws {
        try await withApp { app, _ in
            let db = app.db as! any SQLDatabase
            try await db.raw("CREATE TYPE mood AS ENUM ('fine')").run()
            let row = try #require(
                try await db.raw(
                    """
                    SELECT 'Ёлка'::text AS text, NULL::text AS no_text,
                    '0d6c8e2a-3b0e-4a55-9a3e-2f1c8b7d6e5f' AS id_text, '0D6C8E2A-3B0E-4A55-9A3E-2F1C8B7D6E5F'::uuid AS id,
                    NULL::uuid AS no_id, 42::bigint AS big,
                    7::int AS int, 3::smallint AS small, '12'::text AS number_text, true AS flag, NULL::bool AS no_flag,
                    '2026-12-07 21:22:05.533297+00'::timestamptz AS at, NULL::timestamptz AS no_at,
                    '2026-12-07 21:22:05'::timestamp AS local_at, 2.5::float8 AS real, 1.5::float4 AS short_real,
                    3.25::numeric AS decimal, '2026-12-07'::date AS day, '{"a": 1}'::jsonb AS json,
                    'abc'::varchar AS varying, 'ab'::char(3) AS fixed, 'fine'::mood AS mood, \(bind: "bound") AS bound
                    """
                ).first())
            #expect(row is PostgresCellRow)
            let driver = (row as! PostgresCellRow).row.sql(decodingContext: .default)
            var compared = 0
            for column in row.allColumns + ["missing"] {
                for read in Self.reads {
                    let (ours, theirs) = (read(row, column), read(driver, column))
                    #expect(ours == theirs, "\(column): \(ours) where PostgresKit reads \(theirs)")
                    compared += 1
                }
                #expect(try row.decodeNil(column: column) == driver.decodeNil(column: column), "\(column)")
                #expect(row.contains(column: column) == driver.contains(column: column), "\(column)")
            }
            #expect(compared == 24 * Self.reads.count)
            // The plain types come from the cells themselves; a database's own type and a numeric are left.
            let cells = (row as! PostgresCellRow).cells
            #expect(cells["text"].known(as: String.self) == "Ёлка" && cells["big"].known(as: Int.self) == 42)
            #expect(cells["no_id"].known(as: UUID?.self) == .some(nil) && cells["flag"].known(as: Bool?.self) == true)
            #expect(cells["mood"].known(as: String.self) == nil && cells["decimal"].known(as: Double.self) == nil)
        }
    }

    /// Each type a plain row reads, and three it leaves to PostgresKit: what the row gives, or "refused".
    private static let reads: [@Sendable (any SQLRow, String) -> String] = [
        { read($0, $1, as: String.self) }, { read($0, $1, as: UUID.self) }, { read($0, $1, as: Int.self) },
        { read($0, $1, as: Bool.self) }, { read($0, $1, as: Date.self) }, { read($0, $1, as: Double.self) },
        { read($0, $1, as: String?.self) }, { read($0, $1, as: UUID?.self) }, { read($0, $1, as: Int?.self) },
        { read($0, $1, as: Bool?.self) }, { read($0, $1, as: Date?.self) }, { read($0, $1, as: Double?.self) },
        { read($0, $1, as: Int32.self) }, { read($0, $1, as: Float.self) }, { read($0, $1, as: Decimal.self) },
    ]

    private static func read<T: Decodable>(_ row: any SQLRow, _ column: String, as type: T.Type) -> String {
        do {
            return "\(T.self) \(String(reflecting: try row.decode(column: column, as: T.self)))"
        } catch {
            return "\(T.self) refused"
        }
    }

    private static let counting = "SELECT COUNT(*) AS n FROM people WHERE organization_id = $1"

    private static func count(in app: Application) async throws -> Int? {
        try await count(on: app.db as! any SQLDatabase)
    }

    /// The people of an organization that does not exist, counted by the statement `counting`.
    private static func count(on db: any SQLDatabase) async throws -> Int? {
        try await db.raw("SELECT COUNT(*) AS n FROM people WHERE organization_id = \(bind: UUID())")
            .first(decoding: Count.self)?.n
    }

    /// The statements prepared on a connection of the app's after it counted people once more.
    private static func preparedOnAConnection(_ app: Application) async throws -> [Prepared] {
        try await app.db.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                let held = connection as! any SQLDatabase
                _ = try await count(on: held)
                return try await held.raw("SELECT name, statement FROM pg_prepared_statements")
                    .all(decoding: Prepared.self)
            }
        }.get()
    }

    @Test func aTableThatGainsAColumnIsReadWithIt() async throws {
        try await withApp { app, _ in
            let db = app.db as! any SQLDatabase
            try await db.raw("CREATE TABLE widened (a INT)").run()
            try await db.raw("INSERT INTO widened (a) VALUES (1)").run()
            for _ in 0..<3 {
                #expect(try await db.raw("SELECT * FROM widened").first()?.allColumns == ["a"])
            }
            try await db.raw("ALTER TABLE widened ADD COLUMN b TEXT").run()
            for _ in 0..<3 {
                #expect(try await db.raw("SELECT * FROM widened").first()?.allColumns == ["a", "b"])
            }
        }
    }

    @Test func aStatementThatFailedRunsOnceItCan() async throws {
        try await withApp { app, _ in
            let db = app.db as! any SQLDatabase
            await #expect(throws: (any Error).self) { try await db.raw("SELECT a FROM later").all() }
            try await db.raw("CREATE TABLE later (a INT)").run()
            try await db.raw("INSERT INTO later (a) VALUES (7)").run()
            #expect(try await db.raw("SELECT a FROM later").first(decoding: Later.self)?.a == 7)
        }
    }

    @Test func aStatementThatBreaksAKeyKeepsItsName() async throws {
        try await withApp { app, _ in
            let db = app.db as! any SQLDatabase
            try await db.raw("CREATE TABLE keyed (a INT PRIMARY KEY)").run()
            let prepared = try await app.db.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    let held = connection as! any SQLDatabase
                    for value in [1, 1, 2] {
                        try? await held.raw("INSERT INTO keyed (a) VALUES (\(bind: value))").run()
                    }
                    return try await held.raw("SELECT name, statement FROM pg_prepared_statements")
                        .all(decoding: Prepared.self)
                }
            }.get()
            #expect(prepared.filter { $0.statement.hasPrefix("INSERT INTO keyed") }.count == 1, "\(prepared)")
            #expect(try await db.raw("SELECT COUNT(*) AS n FROM keyed").first(decoding: Count.self)?.n == 2)
        }
    }

    @Test func valuesOfEveryKindGoInAndComeBackAlike() async throws {
        try await withApp { app, _ in
            let db = app.db as! any SQLDatabase
            let id = UUID()
            let at = Date(timeIntervalSince1970: 1_796_633_547.25)
            let empty: String? = nil
            for _ in 0..<2 {
                let row = try #require(
                    try await db.raw(
                        """
                        SELECT \(bind: id)::uuid AS id, \(bind: at)::timestamptz AS at, \(bind: "Ёлка") AS text,
                        \(bind: 42)::bigint AS number, \(bind: true)::bool AS flag, \(bind: 2.5)::float8 AS real,
                        \(bind: empty)::text AS nothing
                        """
                    ).first(decoding: Kinds.self))
                #expect(row == Kinds(id: id, at: at, text: "Ёлка", number: 42, flag: true, real: 2.5, nothing: nil))
            }
        }
    }

    private struct Count: Decodable { let n: Int }
    private struct Later: Decodable { let a: Int }
    private struct Prepared: Decodable, CustomStringConvertible {
        let name: String
        let statement: String
        var description: String { "\(name): \(statement)" }
    }
    private struct Kinds: Decodable, Equatable {
        let id: UUID
        let at: Date
        let text: String
        let number: Int
        let flag: Bool
        let real: Double
        let nothing: String?
    }
}
