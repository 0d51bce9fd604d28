import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// `nastavnik match --program ID --mode optimal|stable|groups`: the same run as the curator's page, saved as a
/// proposal, with a progress bar and the same summary; `--municipality ID` instead runs the authority's matching over
/// the municipal base.
struct MatchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "program", help: "The program (id)") var program: String?
        @Option(name: "municipality", help: "Instead of a program: the municipality (id), over all its organizations")
        var municipality: String?
        @Option(name: "mode", help: "optimal (default), stable or groups") var mode: String?
        @Option(name: "proposing", help: "In the stable mode: mentees (default) or mentors") var proposing: String?
    }

    var help: String { "Runs matching on a program's bases (or a municipality's) and saves the proposal." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let program = signature.program.flatMap(UUID.init(uuidString:))
        let municipality = signature.municipality.flatMap(UUID.init(uuidString:))
        guard (program == nil) != (municipality == nil) else {
            context.console.error("Укажите --program ID или --municipality ID.")
            throw ExitCode(1)
        }
        let app = context.application
        try await app.autoMigrate()
        let console = context.console
        var input = MatchingInput()
        input.mode = signature.mode ?? MatchMode.optimal.rawValue
        input.proposing = signature.proposing
        do {
            let progress: MatchEngine.Progress = { stage, done, total in
                console.progress(done, of: total, label: stage == "matching" ? "подбор" : "оценка пар")
            }
            let (result, path): (MatchResult?, String)
            if let program {
                let run = try await MatchingService(scope: app.consoleScope()).start(
                    program, input: input, progress: progress)
                (result, path) = (run.result, SiteURL.matchingRun(.id(try run.requireID())).path)
            } else {
                let run = try await MunicipalMatching(scope: app.consoleScope()).start(
                    municipality!, input: input, progress: progress)
                (result, path) = (run.result, SiteURL.municipalMatchingRun(.id(try run.requireID())).path)
                console.print("")
                console.print("Пар между организациями: \(run.crossPairs)")
            }
            guard let result else { return }
            console.print("")
            for line in MatchSummary(result).lines { console.print(line) }
            console.print("Подбор сохранён: \(path)")
        } catch let failure as ValidationFailure {
            console.error(failure.fields.values.sorted().joined(separator: " "))
            throw ExitCode(1)
        } catch let refusal as MatchingRefusal {
            for problem in refusal.problems { console.error(problem) }
            throw ExitCode(1)
        }
    }
}

/// The totals of a run in a few Russian lines, as the console prints them.
struct MatchSummary {
    let lines: [String]

    init(_ result: MatchResult) {
        let totals = result.totals
        var lines = [
            "Режим: \(result.mode.title)",
            "Пар: \(totals.pairs) из \(totals.mentees) наставляемых (\(totals.matchedPercent.percent)), средний балл \(totals.meanScore.score)",
            MatchingRunPage.proofText(result),
        ]
        for reason in UnmatchedReason.allCases {
            if let count = totals.unmatched[reason.rawValue] {
                lines.append("Без пары — \(reason.title.lowercased()): \(count)")
            }
        }
        lines += result.warnings.map { "Замечание: \($0)" }
        self.lines = lines
    }
}
