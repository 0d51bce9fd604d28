import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// An event with what its page shows: the people present, the materials, the people who could be marked present
/// (the organization's mentors and mentees, named as the user may see them) and the roadmap activities it may prove.
struct EventCard {
    struct Person {
        var id: UUID
        var name: String
        var present: Bool
    }

    var event: MentoringEventModel
    var organization: OrganizationModel
    var access: OrganizationAccess
    var people: [Person]
    var materials: [EventMaterialModel]
    var activities: [RoadmapActivityModel]
}

/// Events of an organization's mentoring (group meetings, closing events, round tables, conferences, «Школа молодого
/// педагога»): recorded by the curator with the people present and the photos and materials, and offered as the
/// evidence of a roadmap activity.
struct EventService {
    let scope: RequestScope
    static let maxMaterials = 30

    func list(_ organizationID: UUID) async throws -> (OrganizationModel, OrganizationAccess, [MentoringEventModel]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let events = try await MentoringEventModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .with(\.$participants).sort(\.$heldOn, .descending).all()
        return (org, access, events)
    }

    func create(in organizationID: UUID, _ input: MentoringEventInput) async throws -> MentoringEventModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let event = MentoringEventModel()
        event.details = try input.validated(today: scope.today)
        event.$organization.id = organizationID
        (event.createdBy, event.createdAt) = (scope.user.displayName, scope.now)
        try await save(event, org: org, access: access, action: .create)
        return event
    }

    func update(_ id: UUID, _ input: MentoringEventInput) async throws -> MentoringEventModel {
        let (event, org, access) = try await find(id)
        try access.requireManagement()
        event.details = try input.validated(today: scope.today)
        try await save(event, org: org, access: access, action: .update)
        return event
    }

    private func save(
        _ event: MentoringEventModel, org: OrganizationModel, access: OrganizationAccess, action: AuditAction
    ) async throws {
        try await scope.db.atomically { db in
            try await event.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                action, .mentoringEvent, objectID: event.id, organizationID: org.id, role: access.role,
                fields: ["kind", "title", "heldOn", "place", "summary"])
        }
    }

    /// The event with its organization, for a user who reads the organization's data; 404 otherwise.
    func find(_ id: UUID) async throws -> (MentoringEventModel, OrganizationModel, OrganizationAccess) {
        guard
            let event = try await MentoringEventModel.query(on: scope.db).filter(\.$id == id).with(\.$participants)
                .first()
        else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(event.$organization.id)
        guard access.readsAll else { throw DomainError.notFound }
        return (event, org, access)
    }

    /// The event as its page shows it: the candidates to mark present, the materials, the activities to prove.
    func card(_ id: UUID) async throws -> EventCard {
        let (event, org, access) = try await find(id)
        let people = try await candidates(of: event, access: access)
        let materials = try await EventMaterialModel.query(on: scope.db).filter(\.$event.$id == id)
            .field(\.$id).field(\.$event.$id).field(\.$fileName).field(\.$contentType).field(\.$uploadedAt)
            .sort(\.$uploadedAt).all()
        return EventCard(
            event: event, organization: org, access: access, people: people, materials: materials,
            activities: try await RoadmapService(scope: scope).activities(
                notCiting: .event(id), in: event.$organization.id))
    }

    /// The organization's mentors and mentees, and whoever is marked present; each named only as the user may see.
    private func candidates(
        of event: MentoringEventModel, access: OrganizationAccess
    ) async throws -> [EventCard.Person] {
        let organizationID = event.$organization.id
        let present = Set(event.participants.map { $0.$person.id })
        let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .field(\.$id).field(\.$person.$id).all().map { $0.$person.id }
        let mentees = try await MenteeProfileModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .field(\.$id).field(\.$person.$id).all().map { $0.$person.id }
        let ids = Array(Set(mentors + mentees).union(present))
        let people = try await PersonModel.query(on: scope.db).filter(\.$id ~~ ids)
            .filter(\.$organization.$id == organizationID).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        return try people.map { person in
            let id = try person.requireID()
            return EventCard.Person(
                id: id, name: try access.name(of: person, consents: consents, on: scope.today),
                present: present.contains(id))
        }.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
    }

    /// Marks who was present: exactly these people of the organization's mentors and mentees, at once.
    func setParticipants(_ id: UUID, _ raw: [String]) async throws -> EventCard {
        let (event, org, access) = try await find(id)
        try access.requireManagement()
        let people = try await candidates(of: event, access: access)
        let wanted = try ChosenIDs.among(
            Set(people.map(\.id)), raw, field: "people",
            message: "Отметьте участников из наставников и наставляемых организации.")
        try await scope.db.atomically { db in
            try await EventParticipantModel.query(on: db).filter(\.$event.$id == id).delete()
            for person in wanted.sorted(by: { $0.uuidString < $1.uuidString }) {
                let participant = EventParticipantModel()
                (participant.$event.id, participant.$person.id) = (id, person)
                try await participant.create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .mentoringEvent, objectID: id, organizationID: org.id, role: access.role,
                fields: ["participants"])
        }
        return try await self.card(id)
    }
}
