import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The municipality's training plan through the API: courses, sessions, attendance and certificates for its
/// coordinator; the courses, the registration of its mentors and the roadmap citation for an organization.
struct APITrainingController: RouteCollection {
    struct TrainingDTO: Content {
        struct Session: Content {
            var id: UUID
            var heldOn: CalendarDate
            var topic: String
        }

        struct Registrant: Content {
            var id: UUID
            var name: String
            var organization: String
            var attended: [UUID]
            var certificate: Int?
        }

        var id: UUID
        var title: String
        var provider: String
        var hours: Int
        var startsOn: CalendarDate
        var endsOn: CalendarDate
        var place: String?
        var registered: Int
        var sessions: [Session]?
        var registrants: [Registrant]?

        init(_ training: TrainingModel, registered: Int, sessions: [TrainingSessionModel]? = nil) throws {
            id = try training.requireID()
            (title, provider, hours) = (training.title, training.provider, training.hours)
            (startsOn, endsOn, place) = (training.startsOn, training.endsOn, training.place)
            self.registered = registered
            self.sessions = try sessions?.map { Session(id: try $0.requireID(), heldOn: $0.heldOn, topic: $0.topic) }
        }

        init(_ card: TrainingCard) throws {
            try self.init(card.training, registered: card.registrants.count, sessions: card.sessions)
            registrants = card.registrants.map {
                Registrant(
                    id: $0.id, name: $0.name, organization: $0.organization,
                    attended: $0.attended.sorted { $0.uuidString < $1.uuidString }, certificate: $0.certificate)
            }
        }
    }

    struct OrganizationTrainingDTO: Content {
        struct Person: Content {
            var personID: UUID
            var name: String
            var registered: Bool
            var attended: Int
            var certificate: Int?
        }

        var training: TrainingDTO
        var people: [Person]

        init(_ card: OrganizationTrainingCard) throws {
            let people = card.people.map {
                Person(
                    personID: $0.id, name: $0.name, registered: $0.registered, attended: $0.attended,
                    certificate: $0.certificate)
            }
            training = try TrainingDTO(
                card.training, registered: people.filter(\.registered).count, sessions: card.sessions)
            self.people = people
        }
    }

    struct Attendance: Content { var attended: [String]? }
    struct People: Content { var people: [String]? }
    struct Evidence: Content { var activity: String? }
    struct Issued: Content { var issued: Int }

    func boot(routes: any RoutesBuilder) throws {
        let plan = routes.grouped("municipalities", ":municipalityID", "trainings")
        plan.get { req in
            let (_, trainings, registered) = try await service(req).plan(req.id("municipalityID"))
            return try trainings.map { try TrainingDTO($0, registered: registered[try $0.requireID()] ?? 0) }
        }
        plan.post { req in
            let training = try await service(req).create(
                in: req.id("municipalityID"), try req.content.decode(TrainingInput.self))
            return try await TrainingDTO(try await service(req).card(training.requireID()))
                .encodeResponse(status: .created, for: req)
        }
        let training = routes.grouped("trainings", ":trainingID")
        training.get { req in try TrainingDTO(try await service(req).card(req.id("trainingID"))) }
        training.put { req in
            _ = try await service(req).update(req.id("trainingID"), try req.content.decode(TrainingInput.self))
            return try TrainingDTO(try await service(req).card(req.id("trainingID")))
        }
        training.post("sessions") { req in
            try await service(req).addSession(
                req.id("trainingID"), try req.content.decode(TrainingSessionInput.self))
            return try await TrainingDTO(try await service(req).card(req.id("trainingID")))
                .encodeResponse(status: .created, for: req)
        }
        training.put("attendance") { req in
            try await service(req).setAttendance(
                req.id("trainingID"), try req.content.decode(Attendance.self).attended ?? [])
            return try TrainingDTO(try await service(req).card(req.id("trainingID")))
        }
        training.post("certificates") { req in
            Issued(issued: try await service(req).issueCertificates(req.id("trainingID")))
        }
        training.get("certificates", "document") { req in
            let (data, name) = try await service(req).certificates(req.id("trainingID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
        let organization = routes.grouped("organizations", ":organizationID", "trainings")
        organization.get { req in
            let (_, _, trainings, registered) = try await service(req).plan(forOrganization: req.id("organizationID"))
            return try trainings.map { try TrainingDTO($0, registered: registered[try $0.requireID()] ?? 0) }
        }
        organization.get(":trainingID") { req in
            try OrganizationTrainingDTO(
                try await service(req).card(req.id("trainingID"), forOrganization: req.id("organizationID")))
        }
        organization.put(":trainingID") { req in
            let (org, training) = (try req.id("organizationID"), try req.id("trainingID"))
            try await service(req).register(
                training, forOrganization: org, try req.content.decode(People.self).people ?? [])
            return try OrganizationTrainingDTO(try await service(req).card(training, forOrganization: org))
        }
        organization.post(":trainingID", "evidence") { req in
            try await service(req).attach(
                req.id("trainingID"), forOrganization: req.id("organizationID"),
                to: try req.content.decode(Evidence.self).activity.flatMap(UUID.init(uuidString:)))
            return HTTPStatus.noContent
        }
    }

    private func service(_ req: Request) throws -> TrainingService { TrainingService(scope: try req.scope()) }
}
