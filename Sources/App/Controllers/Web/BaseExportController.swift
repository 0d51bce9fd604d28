import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The bases as files in the layout of the municipal forms «База наставников» and «База наставляемых», and the
/// registry for the order's appendix. Only people with a valid consent are in them.
struct BaseExportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        for base in ["mentors", "mentees", "registry"] {
            for format in ["docx", "xlsx", "csv"] {
                routes.get(.baseExport(.key, base: base, format: format)) { req in
                    try await export(req, base: base, format: format)
                }
            }
        }
    }

    func export(_ req: Request, base: String, format: String) async throws -> Response {
        let scope = try req.scope()
        let programID = try req.id("programID")
        let list: ListExport
        let name: String
        switch base {
        case "mentors", "registry":
            let (context, entries) = try await BaseService(scope: scope).mentors(programID)
            let registry = base == "registry"
            let kept = entries.filter {
                $0.inBase && (!registry || [MentorProfile.Status.registry, .active].contains($0.profile.status))
            }
            list = ListExport(
                organization: context.organization.fullName,
                title: registry ? "Реестр наставников" : "База наставников", subtitle: context.program.title,
                header: BaseRows.mentorHeader, widths: [22, 16, 16, 30, 18, 8, 10, 10, 14],
                rows: kept.map { BaseRows.mentorCells($0, program: context.program.title) })
            name = registry ? "reestr-nastavnikov" : "baza-nastavnikov"
            try await audit(scope, context, .mentorBase)
        case "mentees":
            let (context, entries) = try await BaseService(scope: scope).mentees(programID)
            list = ListExport(
                organization: context.organization.fullName, title: "База наставляемых",
                subtitle: context.program.title,
                header: BaseRows.menteeHeader, widths: [22, 16, 16, 34, 18, 8, 10, 14],
                rows: entries.filter(\.inBase).map { BaseRows.menteeCells($0, program: context.program.title) })
            name = "baza-nastavlyaemyh"
            try await audit(scope, context, .menteeBase)
        default:
            throw Abort(.notFound)
        }
        return try FileDownload.tabular(list, name: name, format: format, req: req)
    }

    private func audit(_ scope: RequestScope, _ context: ProgramContext, _ object: AuditObject) async throws {
        try await AuditLog(scope: scope).record(
            .download, object, objectID: context.id, organizationID: context.organization.id, role: context.access.role)
    }
}
