import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The roadmap as DOCX (official table layout with the approval block), XLSX and CSV.
struct RoadmapExportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        for format in ["docx", "xlsx", "csv"] {
            routes.get(.roadmapExport(.key, format: format)) { req in try await export(req, format: format) }
        }
    }

    func export(_ req: Request, format: String) async throws -> Response {
        let scope = try req.scope()
        let found = try await RoadmapService(scope: scope).find(req.id("roadmapID"))
        let detail = try await RoadmapDetail.load(found, on: scope.db)
        let document = try await RoadmapDocuments.export(detail, on: scope.db)
        let (data, type): (Data, String) =
            switch format {
            case "docx":
                (try document.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            case "xlsx": (try document.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            default: (document.csv(), "text/csv; charset=utf-8")
            }
        return FileDownload.response(data, fileName: "Дорожная карта.\(format)", contentType: type)
    }
}

/// Deadlines of one roadmap as an ICS feed at a secret address, for calendar apps that cannot sign in.
struct RoadmapFeedController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.roadmapFeed(":feedToken"), use: feed)
    }

    func feed(req: Request) async throws -> Response {
        let token = (req.parameters.get("feedToken") ?? "").replacingOccurrences(of: ".ics", with: "")
        guard !token.isEmpty,
            let model = try await RoadmapModel.query(on: req.db).filter(\.$feedToken == token)
                .with(\.$activities).first()
        else { throw Abort(.notFound) }
        let feed = try RoadmapDocuments.calendar(model, stamp: req.clock.now())
        let response = Response(status: .ok, body: .init(string: feed.text()))
        response.headers.contentType = HTTPMediaType(
            type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        return response
    }
}
