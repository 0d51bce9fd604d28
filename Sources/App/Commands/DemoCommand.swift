import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// `nastavnik demo`: a region, a municipality with its authority, a school, a kindergarten and a college with about
/// 300 people, their representatives and consents, and an account per role. Running it again changes nothing.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Loads demo data (idempotent)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let loader = DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app))
        if try await loader.isLoaded() {
            context.console.print("Демонстрационные данные уже загружены.")
        } else {
            let summary = try await loader.load()
            context.console.print(
                "Загружено: организаций \(summary.organizations), участников \(summary.people), согласий \(summary.consents)."
            )
        }
        context.console.print("Учётные записи (пароль у всех «\(DemoLoader.password)»):")
        for (login, title) in DemoLoader.accounts { context.console.print("  \(login) — \(title)") }
    }
}
