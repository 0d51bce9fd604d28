import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension BaseService {
    /// Adds a person of the program's organization to the mentor base as a candidate.
    func addMentor(to programID: UUID, personID: UUID, input: MentorProfileInput) async throws -> MentorProfileModel {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let person = try await candidate(personID, in: context)
        var profile = try input.applied(to: MentorProfile(), programForms: context.program.forms)
        profile.status = .candidate
        let model = MentorProfileModel()
        model.$program.id = programID
        model.$person.id = (try person.requireID())
        model.$organization.id = (try context.organization.requireID())
        model.createdAt = scope.now
        model.value = profile
        try await save(model, .mentorProfile, personID: try person.requireID(), context: context, action: .create)
        return model
    }

    func addMentee(to programID: UUID, personID: UUID, input: MenteeProfileInput) async throws -> MenteeProfileModel {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let person = try await candidate(personID, in: context)
        let start = MenteeProfile(form: context.program.forms[0], waitingSince: scope.today)
        let model = MenteeProfileModel()
        model.$program.id = programID
        model.$person.id = (try person.requireID())
        model.$organization.id = (try context.organization.requireID())
        model.createdAt = scope.now
        model.value = try input.applied(to: start, programForms: context.program.forms)
        try await save(model, .menteeProfile, personID: try person.requireID(), context: context, action: .create)
        return model
    }

    private func candidate(_ personID: UUID, in context: ProgramContext) async throws -> PersonModel {
        guard let person = try await PersonModel.find(personID, on: scope.db),
            person.$organization.id == context.organization.id
        else {
            throw ValidationFailure(fields: ["person": "Выберите участника этой организации."])
        }
        return person
    }

    func updateMentor(_ id: UUID, input: MentorProfileInput) async throws -> MentorProfileModel {
        let (context, entry) = try await mentor(id)
        try context.access.requireManagement()
        entry.profile.value = try input.applied(to: entry.profile.value, programForms: context.program.forms)
        try await save(
            entry.profile, .mentorProfile, personID: try entry.person.requireID(), context: context, action: .update)
        return entry.profile
    }

    func updateMentee(_ id: UUID, input: MenteeProfileInput) async throws -> MenteeProfileModel {
        let (context, entry) = try await mentee(id)
        try context.access.requireManagement()
        entry.profile.value = try input.applied(to: entry.profile.value, programForms: context.program.forms)
        try await save(
            entry.profile, .menteeProfile, personID: try entry.person.requireID(), context: context, action: .update)
        return entry.profile
    }

    private func save(
        _ model: some Model, _ object: AuditObject, personID: UUID, context: ProgramContext, action: AuditAction
    ) async throws {
        do {
            try await scope.db.atomically { db in
                try await model.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    action, object, objectID: model.id as? UUID, personID: personID,
                    organizationID: context.organization.id, role: context.access.role)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw ValidationFailure(fields: ["person": "Этот участник уже есть в базе программы."])
        }
    }

    /// Moves mentors to a status; entering the registry or starting work needs a valid consent, and the registry
    /// needs the order's number. Nothing changes when any of them cannot move.
    func setMentorStatus(
        _ programID: UUID, ids: [UUID], status: MentorProfile.Status, order: String?
    ) async throws -> Int {
        let (context, entries) = try await mentors(programID)
        try context.access.requireManagement()
        let chosen = try entries.filter { ids.contains(try $0.profile.requireID()) }
        var failure = ValidationFailure()
        let order = order?.trimmingCharacters(in: .whitespaces)
        if status == .registry, order?.isEmpty ?? true {
            failure.add("order", "Укажите приказ, которым наставники включены в реестр: «№ 45 от 01.10.2026».")
        }
        if [.registry, .active].contains(status) {
            for entry in chosen where !entry.inBase {
                failure.add("ids", "\(entry.person.details.shortName): \(entry.problems[0].message)")
            }
        }
        try failure.throwIfAny()
        try await scope.db.atomically { db in
            for entry in chosen {
                var profile = entry.profile.value
                profile.status = status
                if status == .registry { profile.registryOrder = order }
                entry.profile.value = profile
                try await entry.profile.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .mentorProfile, objectID: entry.profile.id, personID: entry.person.id,
                    organizationID: context.organization.id, role: context.access.role, fields: ["status"])
            }
        }
        return chosen.count
    }

    func setMenteeStatus(_ programID: UUID, ids: [UUID], status: MenteeProfile.Status) async throws -> Int {
        let (context, entries) = try await mentees(programID)
        try context.access.requireManagement()
        let chosen = try entries.filter { ids.contains(try $0.profile.requireID()) }
        var failure = ValidationFailure()
        if [.inBase, .matched].contains(status) {
            for entry in chosen where !entry.inBase {
                failure.add("ids", "\(entry.person.details.shortName): \(entry.problems[0].message)")
            }
        }
        try failure.throwIfAny()
        try await scope.db.atomically { db in
            for entry in chosen {
                entry.profile.status = status
                try await entry.profile.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .menteeProfile, objectID: entry.profile.id, personID: entry.person.id,
                    organizationID: context.organization.id, role: context.access.role, fields: ["status"])
            }
        }
        return chosen.count
    }
}
