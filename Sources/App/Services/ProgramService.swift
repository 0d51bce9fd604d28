import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A program with its organization and what the user may do there.
struct ProgramContext {
    var program: ProgramModel
    var organization: OrganizationModel
    var access: OrganizationAccess

    /// The program's id.
    var id: UUID
}

/// Mentoring programs of organizations: only staff see them, since their pages open the bases.
struct ProgramService {
    let scope: RequestScope

    func programs(
        in organizationID: UUID
    ) async throws -> (programs: [Program], organization: Organization, access: OrganizationAccess) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$periodStart, .descending).all()
        return (try programs.map { try $0.value }, try org.value, access)
    }

    /// The program; 404 outside the user's organizations and for participants, who do not read the bases.
    func program(_ id: UUID) async throws -> ProgramContext {
        guard let program = try await ProgramModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(program.$organization.id)
        guard access.readsAll else { throw DomainError.notFound }
        return ProgramContext(program: program, organization: org, access: access, id: id)
    }

    func managedProgram(_ id: UUID) async throws -> ProgramContext {
        let context = try await program(id)
        try context.access.requireManagement()
        return context
    }

    func create(in organizationID: UUID, input: ProgramInput) async throws -> ProgramModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let valid = try input.validated()
        let program = ProgramModel()
        program.$organization.id = (try org.requireID())
        program.createdAt = scope.now
        program.apply(valid)
        try await scope.db.atomically { db in
            try await program.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .program, objectID: program.id, organizationID: org.id, role: access.role,
                fields: ["title", "period", "forms"])
        }
        return program
    }

    func update(_ id: UUID, input: ProgramInput) async throws -> ProgramModel {
        let context = try await managedProgram(id)
        context.program.apply(try input.validated())
        try await scope.db.atomically { db in
            try await context.program.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .program, objectID: id, organizationID: context.organization.id,
                role: context.access.role, fields: ["title", "period", "forms"])
        }
        return context.program
    }
}
