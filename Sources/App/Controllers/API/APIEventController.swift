import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Events through the API: the organization's list, a new event, one event with who was present and its materials,
/// a change, the people present, a material (multipart, field `file`) and the roadmap activity it proves.
struct APIEventController: RouteCollection {
    struct EventDTO: Content {
        struct Material: Content {
            var id: UUID
            var fileName: String
        }

        var id: UUID
        var kind: String
        var title: String
        var heldOn: CalendarDate
        var place: String?
        var summary: String?
        var participants: [UUID]
        var materials: [Material]?

        init(_ event: MentoringEventModel, participants: [UUID], materials: [EventMaterialModel]?) throws {
            id = try event.requireID()
            (kind, title, heldOn, place, summary) = (
                event.kind.rawValue, event.title, event.heldOn, event.place, event.summary
            )
            self.participants = participants
            self.materials = try materials?.map { Material(id: try $0.requireID(), fileName: $0.fileName) }
        }

        init(_ card: EventCard) throws {
            try self.init(
                card.event, participants: card.people.filter(\.present).map(\.id), materials: card.materials)
        }
    }

    struct People: Content { var people: [String]? }
    struct Evidence: Content { var activity: String? }

    func boot(routes: any RoutesBuilder) throws {
        let list = routes.grouped("organizations", ":organizationID", "events")
        list.get { req in
            try await service(req).list(req.id("organizationID")).2.map {
                try EventDTO($0, participants: $0.participants.map { $0.$person.id }, materials: nil)
            }
        }
        list.post { req in
            let event = try await service(req).create(
                in: req.id("organizationID"), try req.content.decode(MentoringEventInput.self))
            return try await EventDTO(event, participants: [], materials: []).encodeResponse(status: .created, for: req)
        }
        let event = routes.grouped("events", ":eventID")
        event.get { req in try EventDTO(try await service(req).card(req.id("eventID"))) }
        event.put { req in
            _ = try await service(req).update(req.id("eventID"), try req.content.decode(MentoringEventInput.self))
            return try EventDTO(try await service(req).card(req.id("eventID")))
        }
        event.put("participants") { req in
            try EventDTO(
                try await service(req).setParticipants(
                    req.id("eventID"), try req.content.decode(People.self).people ?? []))
        }
        event.on(.POST, "materials", body: .collect(maxSize: "11mb")) { req in
            try await service(req).addMaterial(req.id("eventID"), ScanUpload(req, field: "file"))
            return try await EventDTO(try await service(req).card(req.id("eventID")))
                .encodeResponse(status: .created, for: req)
        }
        event.get("materials", ":materialID") { req in
            let file = try await service(req).material(req.id("eventID"), req.id("materialID"))
            return FileDownload.response(file.data, fileName: file.fileName, contentType: file.contentType)
        }
        event.post("evidence") { req in
            try await service(req).attach(
                req.id("eventID"), to: try req.content.decode(Evidence.self).activity.flatMap(UUID.init(uuidString:)))
            return HTTPStatus.noContent
        }
    }

    private func service(_ req: Request) throws -> EventService { EventService(scope: try req.scope()) }
}
