import Foundation
import Vapor

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = AppMetrics }
    private struct PoolSizeKey: StorageKey { typealias Value = Int }

    /// The node's metrics, made on first use.
    var metrics: AppMetrics {
        if let metrics = storage[MetricsKey.self] { return metrics }
        let metrics = AppMetrics()
        storage[MetricsKey.self] = metrics
        return metrics
    }

    /// Database connections this node may open at most, as configured.
    var databasePoolSize: Int {
        get { storage[PoolSizeKey.self] ?? 0 }
        set { storage[PoolSizeKey.self] = newValue }
    }

    /// The name this node gives its PostgreSQL connections, so the metrics can count them in `pg_stat_activity`.
    var databaseClientName: String {
        "nastavnik \(config.hostname):\(config.port) \(ProcessInfo.processInfo.processIdentifier)"
    }
}
