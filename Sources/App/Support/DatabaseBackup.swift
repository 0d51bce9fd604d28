import Fluent
import FluentKit
import Foundation
import Persistence
import SQLKit
import Vapor

/// The operator's backup, restore and move between databases.
///
/// A backup of SQLite is `VACUUM INTO`: a consistent copy of a running database in one file. A backup of
/// PostgreSQL is `pg_dump`'s custom format when `pg_dump` is installed, else (or with `portable`) the same SQLite
/// file made by copying every table from one snapshot. Either file is restored with `restore`, which checks the
/// backup's migrations first and refuses a target holding data unless told to replace it.
struct DatabaseBackup {
    let app: Application

    enum Format: Equatable { case sqlite, pgDump }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the backup; the file must not exist yet.
    func backup(to path: String, portable: Bool = false) async throws -> Format {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "Файл \(path) уже есть: резервная копия не пишется поверх другого файла.")
        }
        switch app.config.database {
        case .sqlite, .sqliteMemory:
            try await app.db.sql.raw("VACUUM INTO \(bind: path)").run()
            return .sqlite
        case .postgres(let url, let schema):
            if !portable, let pgDump = PostgresTools.find("pg_dump") {
                try await PostgresTools.run(
                    pgDump, ["--format=custom", "--no-owner", "--file=\(path)"] + schemaArguments(schema) + [url],
                    on: app.threadPool)
                return .pgDump
            }
            let file = try app.database(.sqlite(path: path))
            try await app.migrate(file)
            _ = try await DatabaseCopy(from: app.db, to: file).run()
            return .sqlite
        }
    }

    /// Restores a backup into the app's database, replacing what it holds only when `force` is set.
    func restore(from path: String, force: Bool) async throws -> [DatabaseCopy.TableCount] {
        guard let format = Self.format(of: path) else {
            throw Failure(description: "Файл \(path) — не резервная копия Наставника (ни SQLite, ни pg_dump).")
        }
        try await app.autoMigrate()
        if !force { try await Self.requireEmpty(app.db) }
        switch format {
        case .sqlite:
            // A copy of the file is brought to this build's migrations; the backup itself stays as it was.
            let working = FileManager.default.temporaryDirectory.appendingPathComponent("restore-\(UUID()).sqlite")
            try FileManager.default.copyItem(atPath: path, toPath: working.path)
            defer { try? FileManager.default.removeItem(at: working) }
            let backup = try app.database(.sqlite(path: working.path))
            try Self.requireKnown(try await SchemaVersion.read(on: backup))
            try await app.migrate(backup)
            return try await DatabaseCopy(from: backup, to: app.db).run()
        case .pgDump:
            return try await restorePGDump(path)
        }
    }

    /// Copies every table from one database to another (SQLite to PostgreSQL as a rule), checked by counts.
    func move(
        from source: any Database, to target: any Database, force: Bool
    ) async throws
        -> [DatabaseCopy.TableCount]
    {
        let version = try await SchemaVersion.read(on: source)
        try Self.requireKnown(version)
        guard version.pending.isEmpty else {
            throw Failure(
                description: "Источник отстаёт от этой версии на \(version.pending.count) миграций: запустите на нём "
                    + "nastavnik migrate (или serve) и повторите.")
        }
        try await app.migrate(target)
        if !force { try await Self.requireEmpty(target) }
        return try await DatabaseCopy(from: source, to: target).run()
    }

    static func format(of path: String) -> Format? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.starts(with: Data("SQLite format 3\0".utf8)) { return .sqlite }
        if head.starts(with: Data("PGDMP".utf8)) { return .pgDump }
        return nil
    }

    static func requireKnown(_ version: SchemaVersion) throws {
        guard version.unknown.isEmpty else {
            throw Failure(
                description: "Копия сделана более новой версией Наставника (неизвестные миграции: "
                    + "\(version.unknown.joined(separator: ", "))). Восстановите её той версией или новее.")
        }
    }

    static func requireEmpty(_ db: any Database) async throws {
        let tables = try await DatabaseCopy.tablesWithData(in: db)
        guard tables.isEmpty else {
            throw Failure(
                description: "В базе назначения уже есть данные (таблицы: \(tables.prefix(5).joined(separator: ", "))"
                    + (tables.count > 5 ? "…" : "") + "). Чтобы заменить их, добавьте --force.")
        }
    }

    func schemaArguments(_ schema: String?) -> [String] { schema.map { ["--schema=\($0)"] } ?? [] }
}
