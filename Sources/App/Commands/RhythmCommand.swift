import Fluent
import FluentKit
import Foundation
import Vapor

/// `nastavnik rhythm`: the daily rhythm check over every running program; writes reminders to mentors and a
/// summary to curators (in-app, plus the e-mail outbox with a relay). Safe to run again the same day.
struct RhythmCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String {
        "Checks the meeting rhythm of every working pair and writes reminders (run daily, e.g. from cron)."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let (risks, notices) = try await RhythmService(db: app.db, today: app.clock.today, now: app.clock.now())
            .notifyAll(outbox: app.outbox)
        context.console.print("Рисков: \(risks), новых уведомлений: \(notices).")
    }
}
