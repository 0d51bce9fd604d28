import Fluent
import FluentKit
import Foundation
import Mail
import NIOCore
import Vapor

/// The outbox sender inside `serve`: every few seconds on every node; claims keep the nodes from sending a
/// message twice. `nastavnik mail send` does the same once, for cron.
final class MailWorker: LifecycleHandler, @unchecked Sendable {
    private var loop: Task<Void, Never>?
    let interval: Duration

    init(interval: Duration = .seconds(5)) { self.interval = interval }

    func didBoot(_ app: Application) throws {
        guard let delivery = app.mailDelivery else { return }
        let interval = interval
        loop = Task {
            while (try? await Task.sleep(for: interval)) != nil {
                do {
                    let report = try await delivery.run()
                    app.metrics.mailSent(report)
                    if report != MailDelivery.Report() {
                        let text =
                            "Почта: отправлено \(report.sent), повтор \(report.retrying), "
                            + "не доставлено \(report.failed)."
                        app.logger.info("\(text)")
                    }
                } catch {
                    app.logger.warning("Почта не отправлена: \(error)")
                }
            }
        }
    }

    func shutdown(_ app: Application) {
        loop?.cancel()
    }
}

extension Application {
    /// The outbox writer when mail is configured.
    var outbox: Outbox? { config.mail == nil ? nil : Outbox(appURL: config.appURL) }

    /// The outbox sender when mail is configured.
    var mailDelivery: MailDelivery? {
        guard let mail = config.mail else { return nil }
        let client = SMTPClient(
            server: mail.server, group: eventLoopGroup,
            heloName: URLComponents(string: config.appURL)?.host ?? "localhost")
        return MailDelivery(db: db, transport: client, from: mail.from, clock: clock)
    }
}

extension Request {
    var outbox: Outbox? { application.outbox }

    /// Survey links by e-mail, when mail is configured.
    var surveyLetters: SurveyLetters? {
        outbox.map { SurveyLetters(outbox: $0, link: application.links.answer) }
    }
}

/// Full addresses of the pages that one-time links open, for letters and for the console.
struct AppLinks: Sendable {
    let invitation: @Sendable (String) -> String
    let passwordReset: @Sendable (String) -> String
    let consent: @Sendable (String) -> String
    let answer: @Sendable (String) -> String

    init(appURL: String) {
        invitation = { appURL + SiteURL.acceptInvitation($0).path }
        passwordReset = { appURL + SiteURL.resetPassword($0).path }
        consent = { appURL + SiteURL.consentLink($0).path }
        answer = { appURL + SiteURL.answer($0).path }
    }
}

extension Application {
    var links: AppLinks { AppLinks(appURL: config.appURL) }
}
