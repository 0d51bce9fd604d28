import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik import people FILE --organization ID`: the same check and save as the web import, with a progress bar.
struct ImportCommands: AsyncCommandGroup {
    var help: String { "Imports: people lists from XLSX or CSV." }
    var commands: [String: any AnyAsyncCommand] { ["people": PeopleImportCommand()] }
}

struct PeopleImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(
            name: "file", help: "XLSX or CSV list: ФИО (or Фамилия, Имя, Отчество), Дата рождения, Класс, Должность ..."
        ) var file: String
        @Option(name: "organization", help: "The organization the people belong to (id)") var organization: String?
        @Option(name: "category", help: "Category when the file does not show one: student, teacher, ...") var category:
            String?
        @Flag(name: "dry-run", help: "Only check the file and report, save nothing") var dryRun: Bool
    }

    var help: String {
        "Checks a people list and saves every valid row in one transaction; prints each rejected row with its reason."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let text = signature.organization, let organization = UUID(uuidString: text) else {
            context.console.error("Укажите --organization ID.")
            throw ExitCode(1)
        }
        let url = URL(fileURLWithPath: signature.file)
        guard let data = try? Data(contentsOf: url) else {
            context.console.error("Не удаётся прочитать файл \(signature.file).")
            throw ExitCode(1)
        }
        let app = context.application
        try await app.autoMigrate()
        let service = PeopleImportService(scope: app.consoleScope())
        let category = signature.category.flatMap(Person.Category.init(rawValue:)) ?? .student
        do {
            let upload = try await service.upload(to: organization, fileName: url.lastPathComponent, data: data)
            let preview = try await service.preview((try upload.requireID()), defaultCategory: category)
            for row in preview.rows where row.outcome != .ready {
                context.console.warning("строка \(row.line) (\(row.name)): \(row.reason ?? "")")
            }
            context.console.print(
                "Готово к загрузке: \(preview.count(.ready)), уже есть: \(preview.count(.duplicate)), с ошибками: \(preview.count(.rejected))."
            )
            if signature.dryRun {
                try await upload.delete(on: app.db)
                return
            }
            let console = context.console
            let (saved, _) = try await service.confirm(
                (try upload.requireID()), mapping: nil, defaultCategory: category
            ) {
                done, total in
                console.progress(done, of: total)
            }
            context.console.print("\nСохранено участников: \(saved).")
        } catch let failure as ValidationFailure {
            context.console.error(failure.fields.values.sorted().joined(separator: " "))
            throw ExitCode(1)
        }
    }
}

extension Console {
    /// Redraws one line: `[#####.....] done/total` and an optional label.
    func progress(_ done: Int, of total: Int, label: String = "") {
        let width = 40
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        output("\r[\(bar)] \(done)/\(total) \(label)".consoleText(), newLine: false)
    }
}
