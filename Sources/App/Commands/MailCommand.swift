import Fluent
import FluentKit
import Foundation
import Vapor

/// `nastavnik mail send`: sends what is due in the outbox once (for cron, or when `serve` is not running).
struct MailCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "send") var action: String
    }

    var help: String { "Sends the e-mail outbox over SMTP_URL: nastavnik mail send" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard signature.action == "send" else {
            context.console.error("Неизвестное действие «\(signature.action)»: есть только send.")
            throw ExitCode(1)
        }
        guard let delivery = app.mailDelivery else {
            context.console.error("Почта не настроена: задайте SMTP_URL и MAIL_FROM.")
            throw ExitCode(1)
        }
        try await app.autoMigrate()
        let report = try await delivery.run()
        context.console.print(
            "Отправлено: \(report.sent), ждут повтора: \(report.retrying), не доставлено: \(report.failed).")
    }
}
