import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Events of an organization's mentoring on the pages: the list with the form to record one, an event with who was
/// present, its materials and the roadmap activity it proves.
struct EventController: RouteCollection {
    struct PeopleForm: Content { var people: [String]? }
    struct EvidenceForm: Content { var activity: String? }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.events(.key)) { req in try await req.render(try await listPage(req, input: .init(), failure: nil)) }
        routes.post(.events(.key), use: create)
        routes.get(.event(.key)) { req in try await req.render(try await eventPage(req, input: nil, failure: nil)) }
        routes.post(.event(.key), use: update)
        routes.post(.eventParticipants(.key)) { req in
            let id = try req.id("eventID")
            _ = try await EventService(scope: req.scope()).setParticipants(
                id, try req.content.decode(PeopleForm.self).people ?? [])
            return try await req.redirect(to: SiteURL.event(.id(id)).path, notice: "Присутствие сохранено.")
        }
        routes.post(.eventMaterials(.key), body: .collect(maxSize: CSRFMiddleware.maxBody)) { req in
            let id = try req.id("eventID")
            return try await req.applyChange(
                {
                    try await EventService(scope: req.scope()).addMaterial(id, ScanUpload(req, field: "file"))
                    return (SiteURL.event(.id(id)).path, "Материал приложен.")
                },
                page: { problem in
                    var failure = ValidationFailure()
                    failure.add("file", problem)
                    return try await req.view.render(
                        EventPageContext.template, try await eventPage(req, input: nil, failure: failure))
                })
        }
        routes.get(.eventMaterial(event: .key, material: .key)) { req in
            let file = try await EventService(scope: req.scope()).material(req.id("eventID"), req.id("materialID"))
            return FileDownload.response(file.data, fileName: file.fileName, contentType: file.contentType)
        }
        routes.post(.eventEvidence(.key)) { req in
            let id = try req.id("eventID")
            let activity = try req.content.decode(EvidenceForm.self).activity.flatMap(UUID.init(uuidString:))
            try await EventService(scope: req.scope()).attach(id, to: activity)
            return try await req.redirect(
                to: SiteURL.event(.id(id)).path, notice: "Мероприятие приложено к дорожной карте.")
        }
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(MentoringEventInput.self)
        let id = try req.id("organizationID")
        return try await req.submit(
            {
                let event = try await EventService(scope: req.scope()).create(in: id, input)
                return try await req.redirect(
                    to: SiteURL.event(.id(try event.requireID())).path, notice: "Мероприятие записано.")
            },
            form: { try await listPage(req, input: input, failure: $0) })
    }

    func update(req: Request) async throws -> Response {
        let input = try req.content.decode(MentoringEventInput.self)
        let id = try req.id("eventID")
        return try await req.submit(
            {
                _ = try await EventService(scope: req.scope()).update(id, input)
                return try await req.redirect(to: SiteURL.event(.id(id)).path, notice: "Сохранено.")
            },
            form: { try await eventPage(req, input: input, failure: $0) })
    }

    private func listPage(
        _ req: Request, input: MentoringEventInput, failure: ValidationFailure?
    ) async throws -> EventListContext {
        let id = try req.id("organizationID")
        let (org, access, events) = try await EventService(scope: req.scope()).list(id)
        let meta = req.pageMeta(
            "Мероприятия наставничества", breadcrumbs: [Link(org.shortName, .organization(.id(id)))],
            scopeName: org.shortName)
        return try EventListContext(
            meta: meta, notice: req.notice, organization: id, access: access, events: events, input: input,
            failure: failure)
    }

    private func eventPage(
        _ req: Request, input: MentoringEventInput?, failure: ValidationFailure?
    ) async throws -> EventPageContext {
        let card = try await EventService(scope: req.scope()).card(req.id("eventID"))
        let org = card.organization
        let meta = req.pageMeta(
            card.event.title, breadcrumbs: [Link("Мероприятия", .events(.id(try org.requireID())))],
            scopeName: org.shortName)
        return try EventPageContext(meta: meta, notice: req.notice, card: card, input: input, failure: failure)
    }
}
