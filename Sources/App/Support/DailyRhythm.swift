import Fluent
import FluentKit
import Foundation
import Vapor

/// The daily rhythm check inside `serve`: a minute after start (`RHYTHM_START_DELAY`), then every hour, so a node
/// started at any time reminds the same day. Reminders are keyed by day and account (unique in the database), so
/// later hours and the other nodes behind the balancer write nothing twice; `nastavnik rhythm` does the same from
/// cron.
final class DailyRhythm: LifecycleHandler, @unchecked Sendable {
    private var loop: Task<Void, Never>?

    func didBoot(_ app: Application) throws {
        loop = Task {
            var pause: Duration = .seconds(app.config.rhythmStartDelay)
            while (try? await Task.sleep(for: pause)) != nil {
                pause = .seconds(3600)
                let started = ContinuousClock.now
                var succeeded = false
                defer {
                    app.metrics.rhythmCheck(end: app.clock.now(), duration: .now - started, succeeded: succeeded)
                }
                do {
                    let (risks, notices) = try await RhythmService(
                        db: app.db, today: app.clock.today, now: app.clock.now()
                    )
                    .notifyAll(outbox: app.outbox)
                    succeeded = true
                    if notices > 0 { app.logger.info("Ритм встреч: рисков \(risks), новых уведомлений \(notices).") }
                } catch {
                    app.logger.warning("Ритм встреч не проверен: \(error)")
                }
            }
        }
    }

    func shutdown(_ app: Application) {
        loop?.cancel()
    }
}
