import Foundation
import MentoringCore

/// A roadmap read from a document, before it is saved: every row kept, each with the line it came from.
public struct RoadmapImport: Equatable, Sendable {
    public struct Warning: Equatable, Sendable, Codable {
        public var line: Int
        public var message: String

        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public struct Activity: Equatable, Sendable {
        public var activity: RoadmapActivity
        public var line: Int
    }

    public struct Stage: Equatable, Sendable {
        public var number: String
        public var title: String
        public var goal: String?
        public var line: Int
        public var activities: [Activity]
    }

    public var title: String
    public var period: DateSpan
    public var approvalOrder: String?
    public var stages: [Stage]
    public var warnings: [Warning]

    public var activityCount: Int { stages.reduce(0) { $0 + $1.activities.count } }

    /// The roadmap to save, as a draft from the imported file.
    public func roadmap(fileName: String) -> Roadmap {
        Roadmap(
            title: title, period: period, approvalOrder: approvalOrder, source: .imported(fileName: fileName),
            stages: stages.map { stage in
                RoadmapStage(
                    number: stage.number, title: stage.title, goal: stage.goal,
                    activities: stage.activities.map(\.activity))
            })
    }
}
