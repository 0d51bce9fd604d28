import Foundation
import Vapor

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = AppMetrics }

    /// The node's metrics, made in `configure`.
    var metrics: AppMetrics {
        get { storage[MetricsKey.self]! }
        set { storage[MetricsKey.self] = newValue }
    }

    /// Database connections per event loop: PostgreSQL's `DATABASE_POOL_SIZE` shared out among the loops, two at
    /// least (starting, a node holds one for the start-up lock while the migrations use others); SQLite's one.
    var databaseConnectionsPerLoop: Int {
        guard case .postgres = config.database else { return 1 }
        return max(2, config.databasePoolSize / max(1, eventLoopCount))
    }

    /// Database connections this node may open at most.
    var databasePoolSize: Int { databaseConnectionsPerLoop * eventLoopCount }

    private var eventLoopCount: Int { Array(eventLoopGroup.makeIterator()).count }

    /// The name this node gives its PostgreSQL connections, so the metrics can count them in `pg_stat_activity`.
    var databaseClientName: String {
        "nastavnik \(config.hostname):\(config.port) \(ProcessInfo.processInfo.processIdentifier)"
    }
}
