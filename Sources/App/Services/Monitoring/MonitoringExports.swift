import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore

extension MunicipalMonitoring {
    /// Participants by organization, form and role for the statistical forms.
    func statistics(_ municipalityID: UUID, year: Int) async throws -> ListExport {
        let overview = try await overview(municipalityID, year: year)
        let queries = IndicatorQueries(db: scope.db, rules: CountingRules(figures: overview.figures, today: scope.today))
        let rows = overview.rows.isEmpty ? [] : try await queries.participantsByForm(.organizations(overview.rows.map { $0.organization.id! }))
        return MonitoringDocuments.statistics(overview, rows: rows)
    }
}

extension ProgramMonitoring {
    /// The program's analytic report, pre-filled; the download is audited.
    func report(_ programID: UUID) async throws -> SectionedDocument {
        let dashboard = try await dashboard(programID)
        try await AuditLog(scope: scope).record(.download, .programReport, objectID: programID, organizationID: dashboard.context.organization.id)
        return MonitoringDocuments.programReport(dashboard, today: scope.today)
    }
}
