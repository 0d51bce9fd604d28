import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ProgramMonitoring {
    func addResult(to programID: UUID, _ input: ProcessResultInput) async throws {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let valid = try input.validate()
        let model = ProcessResultModel()
        model.$program.id = programID
        model.$organization.id = (try context.organization.requireID())
        model.period = valid.period
        model.kind = valid.kind
        model.total = valid.total
        model.count = valid.count
        model.note = valid.note
        model.createdBy = scope.user.login
        model.createdAt = scope.now
        try await model.create(on: scope.db)
        try await AuditLog(scope: scope).record(
            .create, .processResult, objectID: model.id, organizationID: context.organization.id,
            fields: ["period", "kind", "total", "count", "note"])
    }

    func saveReportTexts(of programID: UUID, _ texts: ProgramReportText) async throws {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        var failure = ValidationFailure()
        for (field, text) in [
            ("strengths", texts.strengths), ("weaknesses", texts.weaknesses), ("proposals", texts.proposals),
        ]
        where text.count > ProgramReportText.maxLength {
            failure.add(field, "Не длиннее \(ProgramReportText.maxLength) символов: сократите текст.")
        }
        try failure.throwIfAny()
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        context.program.monitoringReport = ProgramReportText(
            strengths: trimmed(texts.strengths), weaknesses: trimmed(texts.weaknesses),
            proposals: trimmed(texts.proposals))
        try await context.program.save(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .programReport, objectID: programID, organizationID: context.organization.id,
            fields: ["strengths", "weaknesses", "proposals"])
    }

    /// Saves today's indicators as an XLSX on a roadmap checkpoint of the program's organization: the evidence that the
    /// control point was measured, frozen as it was that day.
    func snapshot(_ programID: UUID, activityID: UUID) async throws -> String {
        let dashboard = try await dashboard(programID)
        guard
            let activity = try await RoadmapActivityModel.query(on: scope.db).filter(\.$id == activityID).with(
                \.$roadmap
            ).first(),
            activity.roadmap.$organization.id == dashboard.context.organization.id
        else { throw DomainError.notFound }
        let data = try MonitoringDocuments.snapshot(dashboard, on: scope.today).xlsx()
        let title = "Срез показателей на \(scope.today.russian)"
        try await RoadmapService(scope: scope).addEvidence(
            to: activityID, in: activity.$roadmap.id,
            EvidenceInput(
                title: title, link: nil,
                file: ScanUpload(
                    fileName: "Срез показателей \(scope.today.description).xlsx",
                    data: data)))
        return "\(title) сохранён как подтверждение контрольной точки «\(activity.title)»."
    }
}

extension ProgramMonitoring {
    /// The program's analytic report, pre-filled; the download is audited.
    func report(_ programID: UUID) async throws -> SectionedDocument {
        let dashboard = try await dashboard(programID)
        try await AuditLog(scope: scope).record(
            .download, .programReport, objectID: programID,
            organizationID: dashboard.context.organization.id)
        return MonitoringDocuments.programReport(dashboard, today: scope.today)
    }
}
