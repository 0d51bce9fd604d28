import Foundation
import Matching

// matching-bench INSTANCE --mode optimal|stable [--k K] [--budget B] [--rounds R] [--check REFERENCE]
// Prints one JSON line: mode, pairs, total_score, matched_pct, seconds (scoring + matching, without the
// JSON load, as the peers' total_s), load_seconds, peak_rss_mb and the engine's own figures.

func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
}

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kb / 1024
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

guard CommandLine.arguments.count >= 2 else {
    FileHandle.standardError.write(
        Data(
            "usage: matching-bench INSTANCE --mode optimal|stable [--k K] [--budget B] [--rounds R] [--check REFERENCE]\n"
                .utf8))
    exit(2)
}
let mode = argument("--mode") ?? "optimal"
let start = now()
let instance = try BenchInstance(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
let loaded = now()
let source = BenchSource(instance, budget: argument("--budget").flatMap { Int($0) })

if let reference = argument("--check") {
    print(try ReferenceCheck(instance: instance, url: URL(fileURLWithPath: reference)).report())
    exit(0)
}

var output: [String: Any] = ["mode": mode]
let assignment: Assignment
switch mode {
case "optimal":
    let k = Int(argument("--k") ?? "") ?? 48
    let result = OptimalMatching.solve(source, topK: k, maxRounds: Int(argument("--rounds") ?? "") ?? 20)
    assignment = result.assignment
    output["k"] = k
    if let budget = source.budget { output["budget"] = budget }
    output["rounds"] = result.rounds
    output["candidate_pairs"] = result.graph.edgeCount
    output["proved_optimal"] = result.proved
    output["dual_bound"] = result.dualBound
case "stable":
    let k = Int(argument("--k") ?? "") ?? 0
    let graph = CandidateGraph(source: source, topK: k)
    assignment = StableMatching.solve(graph, mentorValues: graph.values)
    output["k"] = k
    output["candidate_pairs"] = graph.edgeCount
    output["blocking_pairs"] = StableMatching.blockingPairs(graph, mentorValues: graph.values, assignment: assignment)
default:
    FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
    exit(2)
}
let finished = now()
// The total is re-scored from the pairs, summed in mentee order like the reference summary.
var total = 0.0
var pairs = 0
for mentee in 0..<instance.menteeCount where assignment.mentorOf[mentee] >= 0 {
    total += instance.score(mentee: mentee, mentor: Int(assignment.mentorOf[mentee]))
    pairs += 1
}
output["pairs"] = pairs
output["total_score"] = total
output["matched_pct"] = 100.0 * Double(pairs) / Double(instance.menteeCount)
output["seconds"] = finished - loaded
output["load_seconds"] = loaded - start
output["peak_rss_mb"] = peakRSSMegabytes()
let data = try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
