import Fluent
import FluentKit
import Foundation
import Vapor

/// `nastavnik anonymize-due`: anonymizes everyone whose withdrawal delay has passed. Safe to run again.
struct AnonymizeDueCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Anonymizes the people whose consent withdrawal is due (run daily, e.g. from cron)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        let count = try await Anonymizer(scope: context.application.consoleScope()).runDue()
        context.console.print("Обезличено участников: \(count).")
    }
}
