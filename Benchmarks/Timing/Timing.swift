import Foundation

/// Repeated runs of one timed step: median, best, and the ratio to its target when it has one.
public struct Timing: Sendable {
    public var name: String
    /// `nil` for a part of a timed whole, shown to say where the time goes.
    public var target: Double?
    public var times: [Double]

    public var median: Double { times.sorted()[times.count / 2] }

    public var line: String {
        let timing = String(
            format: "  %-44@ median %8.1f ms  best %8.1f ms", name as NSString, median * 1000, times.min()! * 1000)
        guard let target else { return timing }
        return timing
            + String(
                format: "  target %6.0f ms  target/median %6.1f×  %@", target * 1000, target / median,
                (median <= target ? "OK" : "SLOWER THAN TARGET") as NSString)
    }
}

/// The wall time of one run, in seconds.
public func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try await body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs `body` once to warm caches and prepared statements, then `runs` times under the clock.
public func measure(
    _ name: String, target: Double?, runs: Int = 9, _ body: () async throws -> Void
) async throws -> Timing {
    try await body()
    var times: [Double] = []
    for _ in 0..<runs { times.append(try await seconds(body)) }
    return Timing(name: name, target: target, times: times)
}
