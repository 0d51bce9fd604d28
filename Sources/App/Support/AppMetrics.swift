import Foundation
import Prometheus

/// The node's metrics in the Prometheus text format: what the node counted itself (requests, matching runs, the
/// rhythm check, mail sent by its worker) and, read at each scrape, what the database holds for all nodes.
final class AppMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    private static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// One answered request, by its route's pattern (`GET /api/v1/people/:personID`), never by its path.
    func request(route: String, status: UInt, duration: Duration) {
        let labels = [("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(
            descriptor: Self.requestSeconds, labels: labels, buckets: Self.latencyBuckets
        ).record(duration)
    }

    enum MatchingScope: String { case program, municipality }

    func matchingRun(_ scope: MatchingScope, duration: Duration) {
        let labels = [("scope", scope.rawValue)]
        registry.makeCounter(descriptor: Self.matchingRuns, labels: labels).increment()
        registry.makeDurationHistogram(
            descriptor: Self.matchingSeconds, labels: labels, buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// A rhythm check that ended (or failed) at `end` after `duration`.
    func rhythmCheck(end: Date, duration: Duration, succeeded: Bool) {
        registry.makeGauge(descriptor: Self.rhythmLastRun).set(end.timeIntervalSince1970)
        registry.makeGauge(descriptor: Self.rhythmSeconds).set(duration / .seconds(1))
        if !succeeded { registry.makeCounter(descriptor: Self.rhythmFailures).increment() }
    }

    /// What this node's mail worker did in one pass.
    func mailSent(_ report: MailDelivery.Report) {
        for (outcome, count) in [("sent", report.sent), ("retrying", report.retrying), ("failed", report.failed)] {
            registry.makeCounter(descriptor: Self.mailAttempts, labels: [("outcome", outcome)])
                .increment(by: Int64(count))
        }
    }

    /// The figures read from the database at a scrape.
    struct Snapshot: Sendable {
        var outbox: [String: Int]
        var connections: [String: Int]
        var poolSize: Int
    }

    func text(with snapshot: Snapshot) -> String {
        for (status, count) in snapshot.outbox {
            registry.makeGauge(descriptor: Self.outbox, labels: [("status", status)]).set(Double(count))
        }
        for (state, count) in snapshot.connections {
            registry.makeGauge(descriptor: Self.connections, labels: [("state", state)]).set(Double(count))
        }
        registry.makeGauge(descriptor: Self.poolSize).set(Double(snapshot.poolSize))
        return registry.emitToString()
    }

    private static func name(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "nastavnik", metricName: name, unitName: unit, helpText: help)
    }

    private static var requests: MetricNameDescriptor {
        name("http_requests", "total", "Answered requests by route pattern and status")
    }
    private static var requestSeconds: MetricNameDescriptor {
        name("http_request_duration", "seconds", "Time to answer, by route pattern and status")
    }
    private static var matchingRuns: MetricNameDescriptor {
        name("matching_runs", "total", "Matching runs computed by this node")
    }
    private static var matchingSeconds: MetricNameDescriptor {
        name("matching_run_duration", "seconds", "Time to compute a matching run")
    }
    private static var rhythmLastRun: MetricNameDescriptor {
        name(
            "rhythm_check_last_run", "timestamp_seconds", "When this node's rhythm check last ended")
    }
    private static var rhythmSeconds: MetricNameDescriptor {
        name("rhythm_check_duration", "seconds", "How long the last rhythm check took")
    }
    private static var rhythmFailures: MetricNameDescriptor {
        name("rhythm_check_failures", "total", "Rhythm checks that failed")
    }
    private static var mailAttempts: MetricNameDescriptor {
        name("mail_deliveries", "total", "Messages this node's worker tried to send")
    }
    private static var outbox: MetricNameDescriptor {
        name("mail_outbox", "messages", "Messages in the outbox by status, all nodes")
    }
    private static var connections: MetricNameDescriptor {
        name(
            "database_connections", "count", "PostgreSQL connections of this node by state (in use: active)")
    }
    private static var poolSize: MetricNameDescriptor {
        name("database_pool", "size", "Connections this node may open at most")
    }
}
