import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// `nastavnik roadmap import FILE --json` prints the parsed roadmap; `--organization ID` saves it as a draft.
struct RoadmapCommands: AsyncCommandGroup {
    var help: String { "Roadmaps: import from DOCX, XLSX, CSV or text." }
    var commands: [String: any AnyAsyncCommand] { ["import": RoadmapImportCommand()] }
}

struct RoadmapImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "DOCX, XLSX, CSV, TSV or TXT file with the roadmap table") var file: String
        @Flag(name: "json", help: "Print the parsed roadmap as JSON without saving") var json: Bool
        @Option(name: "organization", help: "Save the roadmap as a draft of this organization (id)") var organization:
            String?
    }

    var help: String { "Reads a roadmap from a document; prints it (--json) or saves it (--organization ID)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let url = URL(fileURLWithPath: signature.file)
        let fileName = url.lastPathComponent
        let parsed: RoadmapImport
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= DocumentReader.maximumBytes else {
                throw DocumentError.tooLarge(limitMB: DocumentReader.maximumBytes / 1024 / 1024)
            }
            parsed = try RoadmapImporter.read(try Data(contentsOf: url), fileName: fileName)
        } catch let error as DocumentError {
            context.console.error(error.message)
            throw ExitCode(1)
        } catch {
            context.console.error("Не удаётся прочитать файл \(signature.file): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        if signature.json {
            FileHandle.standardOutput.write(try parsed.json())
            FileHandle.standardOutput.write(Data("\n".utf8))
            return
        }
        guard let text = signature.organization, let id = UUID(uuidString: text) else {
            context.console.error("Укажите --json, чтобы посмотреть результат, или --organization ID, чтобы сохранить.")
            throw ExitCode(1)
        }
        let app = context.application
        try await app.autoMigrate()
        let roadmap = try await RoadmapService(scope: app.consoleScope()).save(
            parsed.roadmap(fileName: fileName), owner: .organization(.init(id)))
        context.console.print(
            "Сохранена дорожная карта «\(parsed.title)»: этапов \(parsed.stages.count), мероприятий \(parsed.activityCount), предупреждений \(parsed.warnings.count). Код: \(roadmap.uuidString.lowercased())"
        )
        for warning in parsed.warnings { context.console.warning("строка \(warning.line): \(warning.message)") }
    }
}
