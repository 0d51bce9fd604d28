import Fluent
import FluentKit
import Foundation
import Vapor

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }
    private struct ClockKey: StorageKey { typealias Value = Clock }
    private struct AuditWriterKey: StorageKey { typealias Value = AuditWriter }

    /// The configuration the app was started with.
    var config: AppConfig {
        get { storage[ConfigKey.self]! }
        set { storage[ConfigKey.self] = newValue }
    }

    var clock: Clock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var clock: Clock { application.clock }
}

extension Application {
    /// The writer of the audit rows of reads, committed when the app stops.
    var auditWriter: AuditWriter? { storage[AuditWriterKey.self] }

    func startAuditWriter() {
        let writer = AuditWriter(strict: config.strictAudit, logger: logger) { [databases, eventLoopGroup, logger] in
            databases.database(logger: logger, on: eventLoopGroup.any())
        }
        storage[AuditWriterKey.self] = writer
        lifecycle.use(AuditFlush(writer: writer))
    }

    private struct AuditFlush: LifecycleHandler {
        let writer: AuditWriter
        func shutdownAsync(_ application: Application) async { await writer.flush() }
    }
}

extension Application {
    /// The scope console commands run in.
    func consoleScope() -> RequestScope {
        RequestScope(db: db, user: .console, requestID: "console-\(UUID().uuidString.prefix(8))", clock: clock)
    }
}
