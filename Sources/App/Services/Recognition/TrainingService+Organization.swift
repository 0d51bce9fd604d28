import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A course as an organization's page shows it: its sessions, the organization's mentors with who is registered,
/// how many sessions each attended and their certificate, and the roadmap activities it may prove.
struct OrganizationTrainingCard {
    struct Person {
        var id: UUID
        var name: String
        var registered: Bool
        var attended: Int
        var certificate: Int?
    }

    var training: TrainingModel
    var organization: OrganizationModel
    var access: OrganizationAccess
    var sessions: [TrainingSessionModel]
    var people: [Person]
    var activities: [RoadmapActivityModel]
}

/// The training plan seen from an organization of the municipality: its curator registers its mentors and cites a
/// course as the evidence of a roadmap activity.
extension TrainingService {
    /// The courses of the organization's municipality, with how many of its people are registered for each.
    func plan(
        forOrganization id: UUID
    ) async throws -> (OrganizationModel, OrganizationAccess, [TrainingModel], [UUID: Int]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(id)
        guard access.readsAll else { throw DomainError.notFound }
        let trainings = try await TrainingModel.query(on: scope.db).filter(\.$municipality.$id == org.$municipality.id)
            .sort(\.$startsOn, .descending).all()
        return (
            org, access, trainings, try await registered(in: trainings.map { try $0.requireID() }, organization: id)
        )
    }

    /// The course, when it belongs to the organization's municipality and the user reads the organization; else 404.
    func find(
        _ id: UUID, forOrganization organizationID: UUID
    ) async throws -> (TrainingModel, OrganizationModel, OrganizationAccess) {
        try await OrganizationDirectory(scope: scope).municipalObject(TrainingModel.self, id, from: organizationID)
    }

    func card(_ id: UUID, forOrganization organizationID: UUID) async throws -> OrganizationTrainingCard {
        let (training, org, access) = try await find(id, forOrganization: organizationID)
        return OrganizationTrainingCard(
            training: training, organization: org, access: access, sessions: try await sessions(of: id),
            people: try await people(of: organizationID, in: id, access: access),
            activities: try await RoadmapService(scope: scope).activities(
                notCiting: .training(id, organization: organizationID), in: organizationID))
    }

    /// The organization's mentors and whoever of it is registered, each named only as the user may see.
    private func people(
        of organizationID: UUID, in trainingID: UUID, access: OrganizationAccess
    ) async throws -> [OrganizationTrainingCard.Person] {
        let registrations = try await registrations(of: organizationID, in: trainingID)
        let attendance = try await attendance(of: registrations)
        let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .field(\.$id).field(\.$person.$id).all().map { $0.$person.id }
        let ids = Array(Set(mentors).union(registrations.map { $0.$person.id }))
        let people = try await PersonModel.query(on: scope.db).filter(\.$id ~~ ids)
            .filter(\.$organization.$id == organizationID).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        let byPerson = Dictionary(registrations.map { ($0.$person.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try people.map { person in
            let id = try person.requireID()
            let registration = byPerson[id]
            return OrganizationTrainingCard.Person(
                id: id, name: try access.name(of: person, consents: consents, on: scope.today),
                registered: registration != nil,
                attended: try registration.map { attendance[try $0.requireID()]?.count ?? 0 } ?? 0,
                certificate: registration?.certificateNumber)
        }.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
    }

    private func registrations(
        of organizationID: UUID, in trainingID: UUID, on db: (any Database)? = nil
    ) async throws -> [TrainingRegistrationModel] {
        try await TrainingRegistrationModel.query(on: db ?? scope.db).filter(\.$training.$id == trainingID)
            .filter(\.$organization.$id == organizationID).all()
    }

    /// Registers exactly these of the organization's mentors, until the course is over; a person with a certificate
    /// stays registered.
    func register(_ id: UUID, forOrganization organizationID: UUID, _ raw: [String]) async throws {
        let (training, org, access) = try await find(id, forOrganization: organizationID)
        try access.requireManagement()
        guard scope.today <= training.endsOn else {
            throw ValidationFailure(fields: [
                "people": "Запись закрыта: обучение закончилось \(training.endsOn.russian)."
            ])
        }
        let candidates = Set(try await people(of: organizationID, in: id, access: access).map(\.id))
        let wanted = try ChosenIDs.among(candidates, raw, field: "people", message: "Отметьте наставников организации.")
        // Two saves at once: the one that meets the other's new registration reads again.
        try await DatabaseContention.againIfDuplicate {
            try await scope.db.atomically { db in
                let current = try await registrations(of: organizationID, in: id, on: db)
                let leaving = current.filter { !wanted.contains($0.$person.id) }
                if leaving.contains(where: { $0.certificateNumber != nil }) {
                    throw ValidationFailure(fields: ["people": "Получившего сертификат нельзя отписать от курса."])
                }
                let leavingIDs = try leaving.map { try $0.requireID() }
                if !leavingIDs.isEmpty {
                    try await TrainingAttendanceModel.query(on: db).filter(\.$registration.$id ~~ leavingIDs).delete()
                    try await TrainingRegistrationModel.query(on: db).filter(\.$id ~~ leavingIDs).delete()
                }
                let present = Set(current.map { $0.$person.id })
                for person in wanted.subtracting(present).sorted(by: { $0.uuidString < $1.uuidString }) {
                    let registration = TrainingRegistrationModel()
                    (registration.$training.id, registration.$person.id) = (id, person)
                    registration.$organization.id = organizationID
                    (registration.registeredBy, registration.registeredAt) = (scope.user.displayName, scope.now)
                    try await registration.create(on: db)
                }
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .training, objectID: id, organizationID: org.id, role: access.role,
                    fields: ["registrations"])
            }
        }
    }

    /// Cites the course as the evidence of one of the organization's roadmap activities that does not cite it yet.
    func attach(_ id: UUID, forOrganization organizationID: UUID, to activityID: UUID?) async throws {
        let (training, _, access) = try await find(id, forOrganization: organizationID)
        try access.requireManagement()
        try await RoadmapService(scope: scope).cite(
            .training(id, organization: organizationID),
            titled: "Обучение «\(training.title)», \(training.startsOn.russian) — \(training.endsOn.russian)",
            on: activityID, in: organizationID)
    }
}
