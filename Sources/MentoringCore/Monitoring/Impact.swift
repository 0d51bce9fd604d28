import Foundation

/// Impact monitoring: the same scale questions answered on entry and on exit, and what changed.
public enum ImpactMeasurement: String, CaseIterable, Codable, Sendable {
    case entry
    case exit

    public var title: String {
        switch self {
        case .entry: "Входной замер"
        case .exit: "Итоговый замер"
        }
    }
}

/// One participant's two measurements: marks per parameter (question id → mark).
public struct ImpactRecord: Equatable, Sendable {
    public var participant: String
    public var group: String
    public var entry: [String: Double]?
    public var exit: [String: Double]?

    public init(participant: String, group: String, entry: [String: Double]?, exit: [String: Double]?) {
        self.participant = participant
        self.group = group
        self.entry = entry
        self.exit = exit
    }

    /// The change per parameter measured both times; empty unless both measurements exist.
    public var changes: [String: Double] {
        guard let entry, let exit else { return [:] }
        var result: [String: Double] = [:]
        for (parameter, before) in entry {
            if let after = exit[parameter] { result[parameter] = after - before }
        }
        return result
    }
}

/// The change of one parameter over the participants of a group who were measured twice.
public struct ImpactSummary: Equatable, Codable, Sendable {
    public var group: String
    public var parameter: String
    public var participants: Int
    public var meanEntry: Double
    public var meanExit: Double
    public var meanChange: Double
    /// Share of the participants whose mark rose, in per cent.
    public var improvedPercent: Double

    /// Summaries per group and parameter, and how many records could not count: an exit without an entry
    /// (or an entry still waiting for its exit) is reported apart, never as a zero change.
    public static func summarize(
        _ records: [ImpactRecord], parameters: [String]
    )
        -> (summaries: [ImpactSummary], exitWithoutEntry: Int, waitingForExit: Int)
    {
        var summaries: [ImpactSummary] = []
        let paired = records.filter { $0.entry != nil && $0.exit != nil }
        for group in Set(paired.map(\.group)).sorted() {
            let members = paired.filter { $0.group == group }
            for parameter in parameters {
                let pairs = members.compactMap { record -> (Double, Double)? in
                    guard let before = record.entry?[parameter], let after = record.exit?[parameter] else { return nil }
                    return (before, after)
                }
                guard !pairs.isEmpty else { continue }
                let n = Double(pairs.count)
                let entry = pairs.reduce(0) { $0 + $1.0 } / n
                let exit = pairs.reduce(0) { $0 + $1.1 } / n
                summaries.append(
                    ImpactSummary(
                        group: group, parameter: parameter, participants: pairs.count, meanEntry: entry, meanExit: exit,
                        meanChange: exit - entry,
                        improvedPercent: Double(pairs.filter { $0.1 > $0.0 }.count) * 100 / n))
            }
        }
        return (
            summaries, records.filter { $0.entry == nil && $0.exit != nil }.count,
            records.filter { $0.entry != nil && $0.exit == nil }.count
        )
    }
}

extension Questionnaire {
    /// The scale questions: the parameters an entry and an exit measurement compare.
    public var scaleQuestions: [Question] { questions.filter { $0.kind == .scale } }

    /// The answer to the first scale question — «Насколько вы удовлетворены…» in the satisfaction questionnaires — with its scale.
    public func overallMark(in answers: Answers) -> (mark: Int, scaleMax: Int)? {
        guard let question = scaleQuestions.first, let text = answers[question.id]?.first, let mark = Int(text) else {
            return nil
        }
        return (mark, question.scaleMax ?? 5)
    }

    /// Every scale answer as a number, by question id.
    public func scaleMarks(in answers: Answers) -> [String: Double] {
        var marks: [String: Double] = [:]
        for question in scaleQuestions {
            if let text = answers[question.id]?.first, let mark = Double(text) { marks[question.id] = mark }
        }
        return marks
    }
}
