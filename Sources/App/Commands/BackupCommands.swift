import Fluent
import FluentKit
import Foundation
import Persistence
import Vapor

/// `nastavnik backup FILE`: a consistent copy of the running app's database.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the backup (must not exist)") var file: String
        @Flag(name: "portable", help: "PostgreSQL: a SQLite file instead of pg_dump's format") var portable: Bool
    }

    var help: String { "Writes a backup of the database while the app runs: nastavnik backup FILE [--portable]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let format = try await DatabaseBackup(app: context.application).backup(
            to: signature.file, portable: signature.portable)
        let kind = format == .sqlite ? "файл SQLite" : "pg_dump, формат custom"
        context.console.print("Резервная копия записана: \(signature.file) (\(kind)).")
    }
}

/// `nastavnik restore FILE [--force]`: the backup into the configured database.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "A backup made by nastavnik backup") var file: String
        @Flag(name: "force", help: "Replace the data the database holds") var force: Bool
    }

    var help: String { "Restores a backup into the database of DATABASE_URL: nastavnik restore FILE [--force]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let counts = try await DatabaseBackup(app: context.application).restore(
            from: signature.file, force: signature.force)
        TableCounts.print(counts, title: "Восстановлено из \(signature.file)", on: context.console)
    }
}

/// `nastavnik migrate-data --from URL --to URL`: every table from one database to another, checked by counts.
struct MigrateDataCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "The source: sqlite://path or postgres://…") var from: String?
        @Option(name: "to", help: "The target: postgres://… or sqlite://path") var to: String?
        @Flag(name: "force", help: "Replace the data the target holds") var force: Bool
    }

    var help: String { "Copies every table between databases: nastavnik migrate-data --from URL --to URL [--force]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let from = signature.from, let to = signature.to else {
            context.console.error("Укажите обе базы: --from sqlite://data/nastavnik.sqlite --to postgres://…")
            throw ExitCode(2)
        }
        let app = context.application
        let counts = try await DatabaseBackup(app: app).move(
            from: app.database(at: from), to: app.database(at: to), force: signature.force)
        TableCounts.print(counts, title: "Скопировано", on: context.console)
    }
}

/// The operator's check after a restore or a move: every table and its rows.
enum TableCounts {
    static func print(_ counts: [DatabaseCopy.TableCount], title: String, on console: any Console) {
        let rows = counts.reduce(0) { $0 + $1.rows }
        console.print(
            "\(title): таблиц \(counts.count), строк \(rows); в каждой таблице строк столько же, сколько в источнике.")
        for count in counts where count.rows > 0 { console.print("  \(count.table): \(count.rows)") }
    }
}
