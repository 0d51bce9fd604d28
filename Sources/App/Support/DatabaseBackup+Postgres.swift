import Fluent
import FluentKit
import Foundation
import NIOPosix
import Persistence
import Vapor

extension DatabaseBackup {
    /// Restores `pg_dump`'s file with `pg_restore` in one transaction, after reading its migrations from the file.
    func restorePGDump(_ path: String) async throws -> [DatabaseCopy.TableCount] {
        guard case .postgres(let url, let schema) = app.config.database else {
            throw Failure(
                description: "Копия pg_dump восстанавливается только в PostgreSQL (задайте DATABASE_URL=postgres://…).")
        }
        guard let pgRestore = PostgresTools.find("pg_restore") else {
            throw Failure(description: "Не найден pg_restore: установите postgresql-client той же версии, что сервер.")
        }
        let record = try await PostgresTools.run(
            pgRestore,
            ["--data-only", "--table=\(SchemaVersion.table)", "--file=-"] + schemaArguments(schema) + [path],
            on: app.threadPool)
        try Self.requireKnown(SchemaVersion(applied: Self.migrationNames(inDump: record)))
        _ = try await PostgresTools.run(
            pgRestore,
            ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname=\(url)"]
                + schemaArguments(schema) + [path],
            on: app.threadPool)
        try await app.autoMigrate()
        return try await DatabaseCopy.counts(in: app.db)
    }

    /// The `name` column of `COPY _fluent_migrations (…) FROM stdin;` in `pg_restore`'s plain output.
    static func migrationNames(inDump text: String) -> [String] {
        var names: [String] = []
        var column: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("COPY "), line.contains(SchemaVersion.table), let open = line.firstIndex(of: "(") {
                let list = line[line.index(after: open)...].prefix { $0 != ")" }
                column = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.firstIndex(
                    of: "name")
            } else if line == "\\." {
                column = nil
            } else if let index = column {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                if index < fields.count { names.append(String(fields[index])) }
            }
        }
        return names
    }
}

/// PostgreSQL's client programs, found where Debian puts them.
enum PostgresTools {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"]).map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the program on the thread pool and gives its standard output; a failure carries its standard error.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], on pool: NIOThreadPool) async throws -> String {
        try await pool.runIfActive {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let text = output.fileHandleForReading.readDataToEndOfFile()
            let problem = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                let name = URL(fileURLWithPath: program).lastPathComponent
                throw DatabaseBackup.Failure(
                    description: "\(name) завершился с ошибкой: "
                        + String(decoding: problem, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return String(decoding: text, as: UTF8.self)
        }
    }
}
