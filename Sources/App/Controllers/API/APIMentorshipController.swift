import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Mentorships, their plans, meetings and reports — the same services as the curator's and the mentor's pages.
struct APIMentorshipController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("programs", ":programID", "mentorships", use: list)
        routes.post("programs", ":programID", "mentorships", use: create)
        routes.get("mentorships", ":mentorshipID", use: show)
        routes.post("mentorships", ":mentorshipID", "status", use: changeStatus)
        routes.post("mentorships", ":mentorshipID", "mentor", use: changeMentor)
        routes.post("mentorships", ":mentorshipID", "plan", use: changePlan)
        routes.get("mentorships", ":mentorshipID", "plan", "document", use: planDocument)
        routes.post("mentorships", ":mentorshipID", "report", use: saveReport)
        routes.get("mentorships", ":mentorshipID", "report", "document", use: reportDocument)
        routes.post("mentorships", ":mentorshipID", "meetings", use: schedule)
        routes.post("meetings", ":meetingID", use: record)
    }

    func list(req: Request) async throws -> [MentorshipRowDTO] {
        try await MentorshipService(scope: req.scope()).table(req.id("programID")).1.rows.map(MentorshipRowDTO.init)
    }

    func create(req: Request) async throws -> Response {
        let service = try MentorshipService(scope: req.scope())
        let mentorship = try await service.create(
            in: req.id("programID"), input: req.content.decode(MentorshipInput.self))
        return try await MentorshipDTO(service.detail(try mentorship.requireID())).encodeResponse(
            status: .created, for: req)
    }

    func show(req: Request) async throws -> MentorshipDTO {
        try MentorshipDTO(try await MentorshipService(scope: req.scope()).detail(req.id("mentorshipID")))
    }

    func changeStatus(req: Request) async throws -> MentorshipDTO {
        let service = try MentorshipService(scope: req.scope())
        _ = try await service.apply(req.id("mentorshipID"), req.content.decode(MentorshipStatusChange.self))
        return try MentorshipDTO(try await service.detail(req.id("mentorshipID")))
    }

    func changeMentor(req: Request) async throws -> Response {
        let change = try req.content.decode(MentorshipStatusChange.self)
        let service = try MentorshipService(scope: req.scope())
        let replacement = try await service.changeMentor(
            req.id("mentorshipID"), to: change.mentor, reason: change.reason)
        return try await MentorshipDTO(service.detail(try replacement.requireID())).encodeResponse(
            status: .created, for: req)
    }

    func changePlan(req: Request) async throws -> MentorshipDTO {
        let service = try MentorshipService(scope: req.scope())
        try await service.changePlan(req.id("mentorshipID"), req.content.decode(PlanChange.self))
        return try MentorshipDTO(try await service.detail(req.id("mentorshipID")))
    }

    func saveReport(req: Request) async throws -> MentorshipDTO {
        let service = try MentorshipService(scope: req.scope())
        try await service.saveReport(req.id("mentorshipID"), req.content.decode(MentorshipService.ReportForm.self))
        return try MentorshipDTO(try await service.detail(req.id("mentorshipID")))
    }

    func planDocument(req: Request) async throws -> Response {
        let document = try await MentorshipService(scope: req.scope()).documents(req.id("mentorshipID")).planDocument
        return try FileDownload.docx(document.word, name: "Персонализированная программа наставничества", req: req)
    }

    func reportDocument(req: Request) async throws -> Response {
        let document = try await MentorshipService(scope: req.scope()).documents(req.id("mentorshipID")).reportDocument
        return try FileDownload.docx(document.word, name: "Аналитический отчёт наставника", req: req)
    }

    func schedule(req: Request) async throws -> Response {
        let meeting = try await MeetingService(req).schedule(
            in: req.id("mentorshipID"), input: req.content.decode(MeetingInput.self))
        return try await MeetingDTO(meeting).encodeResponse(status: .created, for: req)
    }

    func record(req: Request) async throws -> MeetingDTO {
        try MeetingDTO(
            try await MeetingService(req).record(req.id("meetingID"), req.content.decode(MeetingService.Outcome.self)))
    }
}

/// The orders registry: drafts from the program's data, the DOCX, signing with number and date.
struct APIOrderController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("organizations", ":organizationID", "orders", use: registry)
        routes.post("organizations", ":organizationID", "orders", use: create)
        routes.get("orders", ":orderID", use: show)
        routes.post("orders", ":orderID", "sign", use: sign)
        routes.get("orders", ":orderID", "document", use: document)
        routes.put("organizations", ":organizationID", "orders", "numbering", use: numbering)
    }

    struct Numbering: Content {
        var numbering: String?
        /// The number the next order signed without one gets.
        var next: String?
    }

    func numbering(req: Request) async throws -> Numbering {
        let service = try OrderService(scope: req.scope())
        let id = try req.id("organizationID")
        let pattern = try await NumberingService(scope: req.scope()).set(
            id, kind: .order, pattern: try req.content.decode(Numbering.self).numbering)
        let (org, _) = try await OrganizationDirectory(scope: req.scope()).organization(id)
        return Numbering(numbering: pattern, next: try await service.suggestedNumber(in: org))
    }

    func registry(req: Request) async throws -> [OrderSummaryDTO] {
        try await OrderService(scope: req.scope()).registry(req.id("organizationID")).orders.map(OrderSummaryDTO.init)
    }

    func create(req: Request) async throws -> Response {
        let service = try OrderService(scope: req.scope())
        let order = try await service.create(in: req.id("organizationID"), input: req.content.decode(OrderInput.self))
        return try await OrderDTO(service.find(try order.requireID()).0).encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> OrderDTO {
        let scope = try req.scope()
        let (order, org, access) = try await OrderService(scope: scope).find(req.id("orderID"))
        try await AuditLog(scope: scope).record(
            .read, .order, objectID: order.id, organizationID: org.id, role: access.role)
        return try OrderDTO(order)
    }

    struct SignInput: Content {
        var number: String?
        var date: String?
    }

    func sign(req: Request) async throws -> OrderDTO {
        let input = try req.content.decode(SignInput.self)
        let service = try OrderService(scope: req.scope())
        let order = try await service.sign(req.id("orderID"), number: input.number, date: input.date, scan: nil)
        return try OrderDTO(try await service.find(try order.requireID()).0)
    }

    func document(req: Request) async throws -> Response {
        let (data, name) = try await OrderService(scope: req.scope()).document(req.id("orderID"))
        return FileDownload.response(data, fileName: "\(name)-\(req.clock.today).docx", contentType: nil)
    }
}
