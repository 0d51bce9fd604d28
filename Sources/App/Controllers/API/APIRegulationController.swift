import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The organization's regulation through the API: read it, change its sections while it is a draft, write a new
/// draft from the organization's data, start a new edition after approval, and take its DOCX.
struct APIRegulationController: RouteCollection {
    struct RegulationDTO: Content {
        struct Approval: Content {
            var orderID: UUID
            var number: String?
            var signedOn: CalendarDate?
        }

        var status: String
        var sections: [Regulation.Section]
        var approvedBy: Approval?
        var editedBy: String?
        var editedAt: Date?

        init(_ state: RegulationState) throws {
            status = state.status.rawValue
            sections = state.regulation.sections
            approvedBy = try state.order.map {
                Approval(orderID: try $0.requireID(), number: $0.number, signedOn: $0.signedOn)
            }
            editedBy = state.edited?.by
            editedAt = state.edited?.at
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        let regulation = routes.grouped("organizations", ":organizationID", "regulation")
        regulation.get { req in try RegulationDTO(try await service(req).read(req.id("organizationID"))) }
        regulation.put { req in
            try RegulationDTO(
                try await service(req).save(req.id("organizationID"), try req.content.decode(RegulationInput.self)))
        }
        regulation.post("redraft") { req in try RegulationDTO(try await service(req).redraft(req.id("organizationID")))
        }
        regulation.post("new-edition") { req in
            try RegulationDTO(try await service(req).startNewEdition(req.id("organizationID")))
        }
        regulation.get("document") { req in
            let (data, name) = try await service(req).document(req.id("organizationID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
    }

    private func service(_ req: Request) throws -> RegulationService { RegulationService(scope: try req.scope()) }
}
