import Fluent
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik regulation --organization ID [--docx FILE]`: the organization's regulation as it stands — its status,
/// the approving order, every section and point — and, when asked, its DOCX from the organization's template.
struct RegulationCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "organization", help: "The organization (id; the last part of its page address)")
        var organization: String?
        @Option(name: "docx", help: "Also write the regulation (DOCX) to this file") var docx: String?
    }

    var help: String { "Prints an organization's regulation of its mentoring system and can write its DOCX." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let console = context.console
        guard let text = signature.organization, let id = UUID(uuidString: text) else {
            console.error("Укажите --organization ID.")
            throw ExitCode(1)
        }
        let app = context.application
        try await app.autoMigrate()
        let service = RegulationService(scope: app.consoleScope())
        let state: RegulationState
        do {
            state = try await service.read(id)
        } catch DomainError.notFound {
            console.error("Организация \(text) не найдена.")
            throw ExitCode(1)
        }
        console.print(
            "Положение о системе наставничества, \(state.organization.shortName): \(state.status.title)"
                + (state.order.map { " приказом \($0.reference)" } ?? ""))
        for (index, section) in state.regulation.sections.enumerated() {
            console.print("\(index + 1). \(section.title)")
            for (point, line) in section.points.enumerated() { console.print("  \(index + 1).\(point + 1). \(line)") }
        }
        if let path = signature.docx {
            try await service.document(id).0.write(to: URL(fileURLWithPath: path))
            console.print("Положение: \(path)")
        }
    }
}
