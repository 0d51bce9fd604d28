import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A course as its coordinator's page shows it: the sessions and every person registered, by organization, with the
/// sessions they attended and their certificate.
struct TrainingCard {
    struct Registrant {
        var id: UUID
        var name: String
        var organization: String
        var attended: Set<UUID>
        var certificate: Int?
    }

    var training: TrainingModel
    var municipality: MunicipalityModel
    var sessions: [TrainingSessionModel]
    var registrants: [Registrant]
}

/// A municipality's training plan for mentors and curators: the authority's coordinator plans courses and their
/// sessions, marks attendance and issues certificates; the organizations' curators register their mentors.
struct TrainingService {
    let scope: RequestScope

    /// The municipality's courses, the latest first, with how many sessions and people each has.
    func plan(_ municipalityID: UUID) async throws -> (MunicipalityModel, [TrainingModel], [UUID: Int]) {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let trainings = try await TrainingModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .sort(\.$startsOn, .descending).all()
        return (municipality, trainings, try await registered(in: trainings.map { try $0.requireID() }))
    }

    /// How many people are registered for each course, or only the organization's.
    func registered(in trainings: [UUID], organization: UUID? = nil) async throws -> [UUID: Int] {
        guard !trainings.isEmpty else { return [:] }
        var query = TrainingRegistrationModel.query(on: scope.db).filter(\.$training.$id ~~ trainings)
        if let organization { query = query.filter(\.$organization.$id == organization) }
        return Dictionary(grouping: try await query.field(\.$id).field(\.$training.$id).all()) { $0.$training.id }
            .mapValues(\.count)
    }

    func create(in municipalityID: UUID, _ input: TrainingInput) async throws -> TrainingModel {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let training = TrainingModel()
        training.details = try input.validated(today: scope.today)
        training.$municipality.id = try municipality.requireID()
        (training.createdBy, training.createdAt) = (scope.user.displayName, scope.now)
        try await save(
            training, action: .create, fields: ["title", "provider", "hours", "startsOn", "endsOn", "place"])
        return training
    }

    /// A change of the course; its sessions must stay within its days.
    func update(_ id: UUID, _ input: TrainingInput) async throws -> TrainingModel {
        let (training, _) = try await find(id)
        let details = try input.validated(today: scope.today)
        let sessions = try await TrainingSessionModel.query(on: scope.db).filter(\.$training.$id == id).all()
        if sessions.contains(where: { $0.heldOn < details.startsOn || $0.heldOn > details.endsOn }) {
            throw ValidationFailure(fields: ["startsOn": "Все занятия курса должны попасть в его дни."])
        }
        training.details = details
        try await save(
            training, action: .update, fields: ["title", "provider", "hours", "startsOn", "endsOn", "place"])
        return training
    }

    func save(_ training: TrainingModel, action: AuditAction, fields: [String]) async throws {
        try await scope.db.atomically { db in
            try await training.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                action, .training, objectID: training.id, role: .authorityCoordinator, fields: fields)
        }
    }

    /// The course, for a coordinator who oversees its municipality; 404 otherwise.
    func find(_ id: UUID) async throws -> (TrainingModel, MunicipalityModel) {
        try await MunicipalMonitoring(scope: scope).object(TrainingModel.self, id)
    }

    func sessions(of id: UUID) async throws -> [TrainingSessionModel] {
        try await TrainingSessionModel.query(on: scope.db).filter(\.$training.$id == id).sort(\.$heldOn).all()
    }

    func card(_ id: UUID) async throws -> TrainingCard {
        let (training, municipality) = try await find(id)
        let registrations = try await TrainingRegistrationModel.query(on: scope.db).filter(\.$training.$id == id)
            .with(\.$person).all()
        let attendance = try await attendance(of: registrations)
        let organizations = Dictionary(
            try await OrganizationDirectory(scope: scope).accessible().map { (try $0.organization.requireID(), $0) },
            uniquingKeysWith: { first, _ in first })
        let consents = try await ConsentLookup(db: scope.db).consents(of: registrations.map { $0.$person.id })
        let registrants = try registrations.map { registration in
            let place = organizations[registration.$organization.id]
            let id = try registration.requireID()
            return TrainingCard.Registrant(
                id: id,
                name: try place?.access.name(of: registration.person, consents: consents, on: scope.today)
                    ?? OrganizationAccess.unnamed,
                organization: place?.organization.shortName ?? "", attended: attendance[id] ?? [],
                certificate: registration.certificateNumber)
        }.sorted { ($0.organization, $0.name, $0.id.uuidString) < ($1.organization, $1.name, $1.id.uuidString) }
        return TrainingCard(
            training: training, municipality: municipality, sessions: try await sessions(of: id),
            registrants: registrants)
    }

    /// The sessions each registration attended.
    func attendance(of registrations: [TrainingRegistrationModel]) async throws -> [UUID: Set<UUID>] {
        let ids = try registrations.map { try $0.requireID() }
        guard !ids.isEmpty else { return [:] }
        let marks = try await TrainingAttendanceModel.query(on: scope.db).filter(\.$registration.$id ~~ ids).all()
        return Dictionary(grouping: marks) { $0.$registration.id }.mapValues { Set($0.map { $0.$session.id }) }
    }

    func addSession(_ id: UUID, _ input: TrainingSessionInput) async throws {
        let (training, _) = try await find(id)
        let (day, topic) = try input.validated(within: training.details)
        let session = TrainingSessionModel()
        (session.$training.id, session.heldOn, session.topic) = (id, day, topic)
        try await scope.db.atomically { db in
            try await session.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .training, objectID: id, role: .authorityCoordinator, fields: ["sessions"])
        }
    }

    /// Marks exactly these attendances, each given as «registration:session» of this course.
    func setAttendance(_ id: UUID, _ raw: [String]) async throws {
        let (_, _) = try await find(id)
        let sessions = Set(try await sessions(of: id).map { try $0.requireID() })
        let registrations = Set(
            try await TrainingRegistrationModel.query(on: scope.db).filter(\.$training.$id == id).field(\.$id).all()
                .map { try $0.requireID() })
        var marks: Set<[UUID]> = []
        for text in raw {
            let parts = text.split(separator: ":").compactMap { UUID(uuidString: String($0)) }
            guard parts.count == 2, registrations.contains(parts[0]), sessions.contains(parts[1]) else {
                throw ValidationFailure(fields: ["attended": "Отметьте присутствие записанных на занятиях курса."])
            }
            marks.insert(parts)
        }
        let chosen = marks.sorted { $0.description < $1.description }
        try await scope.db.atomically { db in
            try await TrainingAttendanceModel.query(on: db).filter(\.$registration.$id ~~ Array(registrations))
                .delete()
            for mark in chosen {
                let attendance = TrainingAttendanceModel()
                (attendance.$registration.id, attendance.$session.id) = (mark[0], mark[1])
                try await attendance.create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .training, objectID: id, role: .authorityCoordinator, fields: ["attendance"])
        }
    }
}
