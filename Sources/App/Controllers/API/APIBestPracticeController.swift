import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Cases of best practice through the API: an organization's cases, one case, its steps, the municipal base.
struct APIBestPracticeController: RouteCollection {
    struct PracticeDTO: Content {
        var id: UUID
        var organizationID: UUID
        var mentorshipID: UUID?
        var programID: UUID
        var form: String
        var roleModel: String?
        var theme: String
        var title: String
        var problem: String
        var actions: String
        var results: String
        var indicators: String
        var status: String
        var reviewNote: String?
        var publishable: Bool?

        init(_ practice: BestPracticeModel, publishable: Bool? = nil) throws {
            (id, organizationID) = (try practice.requireID(), practice.$organization.id)
            (mentorshipID, programID) = (practice.$mentorship.id, practice.$program.id)
            (form, roleModel, theme) = (practice.form.rawValue, practice.roleModel, practice.theme)
            (title, problem, actions) = (practice.title, practice.problem, practice.actions)
            (results, indicators) = (practice.results, practice.indicators)
            (status, reviewNote, self.publishable) = (practice.status.rawValue, practice.reviewNote, publishable)
        }
    }

    struct Step: Content {
        var status: String?
        var note: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        let list = routes.grouped("organizations", ":organizationID", "best-practices")
        list.get { req in try await service(req).list(req.id("organizationID")).2.map { try PracticeDTO($0) } }
        list.post { req in
            let practice = try await service(req).create(
                in: req.id("organizationID"), try req.content.decode(BestPracticeInput.self))
            return try await PracticeDTO(practice).encodeResponse(status: .created, for: req)
        }
        let one = routes.grouped("best-practices", ":practiceID")
        one.get { req in try await dto(req, try await service(req).find(req.id("practiceID")).0) }
        one.put { req in
            try await dto(
                req,
                try await service(req).update(req.id("practiceID"), try req.content.decode(BestPracticeInput.self)))
        }
        one.post("status") { req in
            let step = try req.content.decode(Step.self)
            // Another organization's case is not found, whatever the body says.
            _ = try await service(req).find(req.id("practiceID"))
            guard let next = step.status.flatMap(BestPracticeStatus.init(rawValue:)) else {
                throw ValidationFailure(fields: ["status": "Недопустимое значение."])
            }
            return try await dto(req, try await service(req).move(req.id("practiceID"), to: next, note: step.note))
        }
        routes.get("municipalities", ":municipalityID", "best-practices") { req in
            try await service(req).base(req.id("municipalityID"), try req.query.decode(BestPracticeSearch.self)).1
                .map { try PracticeDTO($0) }
        }
    }

    private func dto(_ req: Request, _ practice: BestPracticeModel) async throws -> PracticeDTO {
        try PracticeDTO(practice, publishable: try await service(req).isPublishable(practice))
    }

    private func service(_ req: Request) throws -> BestPracticeService { BestPracticeService(scope: try req.scope()) }
}
