import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Indicators, figures and monitoring documents — the same services as the monitoring pages.
struct APIMonitoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("programs", ":programID", "indicators", use: programIndicators)
        routes.post("programs", ":programID", "process-results", use: addResult)
        routes.put("programs", ":programID", "report", use: saveReport)
        routes.get("programs", ":programID", "report", "document", use: reportDocument)
        routes.get("municipalities", ":municipalityID", "indicators", use: municipalIndicators)
        routes.put("municipalities", ":municipalityID", "figures", ":year", use: saveFigures)
        routes.get("municipalities", ":municipalityID", "note", use: note)
        routes.get("municipalities", ":municipalityID", "statistics", use: statistics)
    }

    func programIndicators(req: Request) async throws -> ProgramIndicatorsDTO {
        ProgramIndicatorsDTO(try await ProgramMonitoring(scope: req.scope()).dashboard(req.id("programID")))
    }

    func addResult(req: Request) async throws -> Response {
        let service = try ProgramMonitoring(scope: req.scope())
        try await service.addResult(to: req.id("programID"), req.content.decode(ProcessResultInput.self))
        return try await ProgramIndicatorsDTO(service.dashboard(req.id("programID"))).encodeResponse(
            status: .created, for: req)
    }

    func saveReport(req: Request) async throws -> ProgramIndicatorsDTO {
        let service = try ProgramMonitoring(scope: req.scope())
        try await service.saveReportTexts(of: req.id("programID"), req.content.decode(ProgramReportText.self))
        return ProgramIndicatorsDTO(try await service.dashboard(req.id("programID")))
    }

    func reportDocument(req: Request) async throws -> Response {
        let report = try await ProgramMonitoring(scope: req.scope()).report(req.id("programID"))
        return try FileDownload.docx(report.word, name: "Аналитический отчёт программы", req: req)
    }

    func municipalIndicators(req: Request) async throws -> MunicipalIndicatorsDTO {
        try MunicipalIndicatorsDTO(
            try await MunicipalMonitoring(scope: req.scope()).overview(req.id("municipalityID"), year: req.reportYear())
        )
    }

    func saveFigures(req: Request) async throws -> MunicipalIndicatorsDTO {
        let year = try MunicipalFigures.year(req.parameters.get("year") ?? "")
        let service = try MunicipalMonitoring(scope: req.scope())
        _ = try await service.saveFigures(
            of: req.id("municipalityID"), year: year, input: req.content.decode(MunicipalFiguresInput.self))
        return try MunicipalIndicatorsDTO(try await service.overview(req.id("municipalityID"), year: year))
    }

    func note(req: Request) async throws -> Response {
        let note = try await MunicipalMonitoring(scope: req.scope()).note(
            req.id("municipalityID"), year: req.reportYear())
        switch req.query[String.self, at: "format"] ?? "docx" {
        case "docx": return try FileDownload.docx(note.document.word, name: "Аналитическая справка", req: req)
        case let format: return try FileDownload.tabular(note.data, name: "Данные справки", format: format, req: req)
        }
    }

    func statistics(req: Request) async throws -> Response {
        let export = try await MunicipalMonitoring(scope: req.scope()).statistics(
            req.id("municipalityID"), year: req.reportYear())
        return try FileDownload.tabular(
            export, name: "Участники по формам", format: req.query[String.self, at: "format"] ?? "xlsx", req: req)
    }
}
