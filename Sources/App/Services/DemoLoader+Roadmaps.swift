import Fluent
import FluentKit
import Foundation
import MentoringCore

extension DemoLoader {
    /// A roadmap of this academic year laid out from the template, with the work of past months mostly done
    /// and a couple of activities left overdue, as in a real program.
    func demoRoadmap(_ template: RoadmapTemplate, owner: Roadmap.Owner, title: String? = nil) async throws {
        let today = scope.today
        var roadmap = template.roadmap(period: .academicYear(startingIn: today.academicYear), title: title)
        var left = 2
        for stage in roadmap.stages.indices {
            for index in roadmap.stages[stage].activities.indices {
                var activity = roadmap.stages[stage].activities[index]
                guard let end = activity.due.end, end < today, activity.due.repeatRule == nil else { continue }
                if left > 0 && index % 2 == 1 {
                    left -= 1
                    continue
                }
                activity.status = .done
                activity.doneOn = end.adding(days: -3)
                roadmap.stages[stage].activities[index] = activity
            }
        }
        roadmap.status = .approved
        roadmap.approvalOrder = "приказ № 101 от \(roadmap.period.start!.adding(days: -2).russian)"
        _ = try await RoadmapService(scope: scope).save(roadmap, owner: owner)
    }
}
