import Foundation

/// Web session lifetime: an idle session ends after 30 minutes, any session after 12 hours.
public struct SessionPolicy: Sendable {
    public var idleTimeout: TimeInterval
    public var absoluteTimeout: TimeInterval

    public init(idleTimeout: TimeInterval = 30 * 60, absoluteTimeout: TimeInterval = 12 * 3600) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    public func isExpired(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) > idleTimeout || now.timeIntervalSince(createdAt) > absoluteTimeout
    }
}

/// Sign-in throttling: after `limit` failures inside `window`, for one login or from one address, wait.
public struct LoginThrottle: Sendable {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int = 10, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// When the next attempt is allowed, or `nil` when it is allowed now.
    public func retryAfter(failures: [Date], now: Date) -> Date? {
        let recent = failures.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= limit else { return nil }
        // Allowed again once enough failures have aged out of the window.
        return recent[recent.count - limit].addingTimeInterval(window)
    }
}
