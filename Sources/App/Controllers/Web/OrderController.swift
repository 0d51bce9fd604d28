import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The orders registry: drafts made from the program's pairs or mentors, the DOCX, signing with number and date.
struct OrderController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.orders(.key), use: registry)
        routes.post(.orderNumbering(.key), use: numbering)
        routes.get(.newOrder(.key), use: newForm)
        routes.post(.newOrder(.key), use: create)
        routes.get(.order(.key), use: show)
        routes.get(.orderDocument(.key), use: document)
        routes.post(.orderSign(.key), body: .collect(maxSize: "6mb"), use: sign)
        routes.get(.orderScan(.key), use: scan)
        routes.post(.orderEvidence(.key), use: attach)
    }

    func registry(req: Request) async throws -> View {
        try await registryPage(req, typed: nil, problem: nil)
    }

    private func registryPage(_ req: Request, typed: String?, problem: String?) async throws -> View {
        let (org, access, orders, numbering) = try await OrderService(scope: req.scope()).registry(
            req.id("organizationID"))
        let meta = req.pageMeta(
            "Приказы", breadcrumbs: [Link(org.details.shortName, .organization(.id(org.id.rawValue)))],
            scopeName: org.details.shortName)
        return try await req.view.render(
            "orders/registry",
            OrderRegistryContext(
                meta: meta, notice: req.notice, organization: org, access: access, orders: orders,
                numbering: typed ?? numbering, problem: problem))
    }

    struct NumberingForm: Content { var numbering: String? }

    func numbering(req: Request) async throws -> Response {
        let form = try req.content.decode(NumberingForm.self)
        let id = try req.id("organizationID")
        return try await req.applyChange(
            {
                let pattern = try await NumberingService(scope: req.scope()).set(
                    id, kind: .order, pattern: form.numbering)
                return (
                    SiteURL.orders(.id(id)).path,
                    pattern.map { "Приказы нумеруются по шаблону «\($0)»." } ?? "Номер приказа вводится вручную."
                )
            },
            page: { try await registryPage(req, typed: form.numbering, problem: $0) })
    }

    func newForm(req: Request) async throws -> View {
        try await req.render(
            orderForm(
                req,
                OrderInput(kind: req.query[String.self, at: "kind"], program: req.query[String.self, at: "program"]),
                failure: nil))
    }

    private func orderForm(
        _ req: Request, _ input: OrderInput, failure: ValidationFailure?
    ) async throws -> OrderFormContext {
        let (programs, org, access) = try await ProgramService(scope: req.scope()).programs(
            in: req.id("organizationID"))
        try access.requireManagement()
        let id = org.id.rawValue
        return OrderFormContext(
            meta: req.pageMeta(
                "Подготовить приказ", breadcrumbs: [Link("Приказы", .orders(.id(id)))],
                scopeName: org.details.shortName),
            organization: id, programs: programs, input: input, failure: failure)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(OrderInput.self)
        return try await req.submit(
            {
                let order = try await OrderService(scope: req.scope()).create(
                    in: req.id("organizationID"), input: input)
                return req.redirect(to: SiteURL.order(.id(try order.requireID())).path)
            }, form: { try await orderForm(req, input, failure: $0) })
    }

    func show(req: Request) async throws -> View {
        try await page(req, form: (nil, nil), failure: nil)
    }

    private func page(_ req: Request, form: (String?, String?), failure: ValidationFailure?) async throws -> View {
        let service = try OrderService(scope: req.scope())
        let (order, org, access) = try await service.find(req.id("orderID"))
        let covered = try await OrderContents(scope: req.scope()).covered(order, access: access)
        let people = covered.people
        let byID = Dictionary(uniqueKeysWithValues: try covered.mentorships.map { ((try $0.requireID()), $0) })
        let mentorNames = Dictionary(
            uniqueKeysWithValues: try covered.mentors.map { ((try $0.requireID()), $0.person.details.fullName) })
        let items: [OrderPage.Item] = order.items.compactMap { item in
            if let id = item.$mentorship.id, let m = byID[id] {
                return .init(
                    text: people.mentorName(m) + " — " + people.menteeNames(m), url: SiteURL.mentorship(.id(id)).path,
                    note: item.note ?? "")
            }
            return item.$mentor.id.flatMap { mentorNames[$0] }.map { .init(text: $0, url: nil, note: item.note ?? "") }
        }
        // The organization's pattern offers the next number of the year.
        var number = form.0
        if number == nil, !order.isSigned { number = try await service.suggestedNumber(in: org) }
        try await AuditLog(scope: req.scope()).record(
            .read, .order, objectID: order.id, organizationID: org.id, role: access.role)
        return try await req.view.render(
            "orders/show",
            OrderPage(
                layout: req.layout, order: order, organization: org, manages: access.manages, items: items,
                suggestions: try await service.roadmapSuggestions(order), form: (number, form.1), failure: failure,
                notice: req.notice))
    }

    func document(req: Request) async throws -> Response {
        let (data, name) = try await OrderService(scope: req.scope()).document(req.id("orderID"))
        return FileDownload.response(data, fileName: "\(name)-\(req.clock.today).docx", contentType: nil)
    }

    struct SignForm: Content {
        var number: String?
        var date: String?
        var scan: File?
    }

    func sign(req: Request) async throws -> Response {
        let form = try req.content.decode(SignForm.self)
        let upload = ScanUpload(form.scan)
        do {
            let order = try await OrderService(scope: req.scope()).sign(
                req.id("orderID"), number: form.number, date: form.date, scan: upload)
            return try await req.redirect(
                to: SiteURL.order(.id(try order.requireID())).path,
                notice: "Приказ подписан: \(order.reference).")
        } catch let failure as ValidationFailure {
            return try await page(req, form: (form.number, form.date), failure: failure).encodeResponse(
                status: .unprocessableEntity, for: req)
        }
    }

    func scan(req: Request) async throws -> Response {
        let scope = try req.scope()
        let (order, org, access) = try await OrderService(scope: scope).find(req.id("orderID"))
        guard let data = order.scanData, let name = order.scanName else { throw Abort(.notFound) }
        try await AuditLog(scope: scope).record(
            .download, .order, objectID: order.id, organizationID: org.id, role: access.role, fields: ["scan"])
        return FileDownload.response(data, fileName: name, contentType: order.scanType)
    }

    struct EvidenceForm: Content { var activity: String? }

    func attach(req: Request) async throws -> Response {
        let form = try req.content.decode(EvidenceForm.self)
        guard let activity = form.activity.flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        try await OrderService(scope: req.scope()).attach(req.id("orderID"), to: activity)
        return try await req.redirect(
            to: try SiteURL.order(.id(req.id("orderID"))).path,
            notice: "Приказ приложен к мероприятию дорожной карты.")
    }
}
