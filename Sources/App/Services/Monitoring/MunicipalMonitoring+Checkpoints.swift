import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension MunicipalMonitoring {
    /// The checkpoints of the roadmaps of the municipality's authorities that are not yet closed, soonest first.
    func checkpoints(_ municipalityID: UUID) async throws -> [(roadmap: RoadmapModel, activity: RoadmapActivityModel)] {
        let authorities = try await AuthorityModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .all().map { try $0.requireID() }
        guard !authorities.isEmpty else { return [] }
        let roadmaps = try await RoadmapModel.query(on: scope.db).filter(\.$authority.$id ~~ authorities)
            .filter(\.$status != Roadmap.Status.archived).all()
        try await RoadmapModel.loadActivities(of: roadmaps, on: scope.db)
        return RoadmapModel.openCheckpoints(of: roadmaps)
    }

    /// Saves the year's municipal indicators as an XLSX on a checkpoint of the municipality's own roadmap.
    func snapshot(_ municipalityID: UUID, year: Int, activityID: UUID) async throws -> String {
        _ = try await municipality(municipalityID)
        guard let found = try await checkpoints(municipalityID).first(where: { $0.activity.id == activityID }) else {
            throw DomainError.notFound
        }
        let overview = try await overview(municipalityID, year: year)
        let title = "Срез муниципальных показателей на \(scope.today.russian)"
        let export = ListExport(
            organization: overview.municipality.name, title: title, subtitle: "\(year) год",
            header: ["Показатель", "Значение", "Из чего посчитано", "Цель", "Итог"], widths: [40, 12, 16, 12, 20],
            rows: MonitoringDocuments.indicatorRows(overview))
        try await RoadmapService(scope: scope).addEvidence(
            to: activityID, in: try found.roadmap.requireID(),
            EvidenceInput(
                title: title, link: nil,
                file: ScanUpload(
                    fileName: "Срез показателей \(scope.today.description).xlsx",
                    data: try export.xlsx())))
        return "\(title) сохранён как подтверждение контрольной точки «\(found.activity.title)»."
    }
}

extension RoadmapModel {
    /// The checkpoints of the roadmaps (activities loaded) not yet done or cancelled, soonest first: where a monitoring page
    /// offers to keep a snapshot of its indicators.
    static func openCheckpoints(
        of roadmaps: [RoadmapModel]
    ) -> [(roadmap: RoadmapModel, activity: RoadmapActivityModel)] {
        // An activity's due date is parsed from its columns on every read: once each, not per comparison.
        roadmaps.flatMap { roadmap in
            roadmap.activities.compactMap { activity -> (RoadmapModel, RoadmapActivityModel, CalendarDate)? in
                guard activity.checkpoint, !activity.status.isClosed, let end = activity.due.end else { return nil }
                return (roadmap, activity, end)
            }
        }
        .sorted { $0.2 < $1.2 }.map { ($0.0, $0.1) }
    }
}
