import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension MunicipalMonitoring {
    /// The analytic note and the data behind it, with the year's meetings counted.
    func note(_ municipalityID: UUID, year: Int) async throws -> (document: SectionedDocument, data: ListExport) {
        let overview = try await overview(municipalityID, year: year, meetings: true)
        return (
            MonitoringDocuments.municipalNote(overview, today: scope.today),
            MonitoringDocuments.municipalData(overview)
        )
    }

    /// Participants by organization, form and role for the statistical forms.
    func statistics(_ municipalityID: UUID, year: Int) async throws -> ListExport {
        let overview = try await overview(municipalityID, year: year)
        let rules = CountingRules(figures: overview.figures, today: scope.today)
        let queries = MonitoringRepository(db: scope.db, rules: rules)
        let organizations = try overview.rows.map { try $0.organization.requireID() }
        let rows = organizations.isEmpty ? [] : try await queries.participantsByForm(.organizations(organizations))
        return try MonitoringDocuments.statistics(overview, rows: rows)
    }
}
