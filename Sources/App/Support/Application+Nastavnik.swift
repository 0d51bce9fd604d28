import Fluent
import FluentKit
import Foundation
import Vapor

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }
    private struct ClockKey: StorageKey { typealias Value = Clock }

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
    /// The scope console commands run in.
    func consoleScope() -> RequestScope {
        RequestScope(db: db, user: .console, requestID: "console-\(UUID().uuidString.prefix(8))", clock: clock)
    }
}
