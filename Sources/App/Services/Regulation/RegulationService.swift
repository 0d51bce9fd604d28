import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The regulation where it stands: the stored text, or the draft the organization's data gives before anyone has
/// saved one; with the order that approved it.
struct RegulationState {
    var organization: OrganizationModel
    var access: OrganizationAccess
    var regulation: Regulation
    var status: RegulationStatus
    var order: OrderModel?
    /// Who saved it last and when; nil while it is the unsaved draft.
    var edited: (by: String, at: Date)?
}

/// The organization's regulation of its mentoring system: drafted from its programs and curators, edited by the
/// curator while it is a draft, approved by a signed order of the head, drawn as a DOCX from the organization's
/// template of the kind. Its staff and its authority read it; its curator and head change it.
struct RegulationService {
    let scope: RequestScope

    func read(_ organizationID: UUID) async throws -> RegulationState {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        guard let stored = try await RegulationModel.find(of: organizationID, on: scope.db) else {
            return RegulationState(
                organization: org, access: access, regulation: try await drafted(org), status: .draft, order: nil,
                edited: nil)
        }
        return RegulationState(
            organization: org, access: access, regulation: stored.regulation, status: stored.status,
            order: stored.order, edited: (stored.editedBy, stored.editedAt))
    }

    /// Saves the curator's text; an approved regulation is changed only after a new edition is started.
    func save(_ organizationID: UUID, _ input: RegulationInput) async throws -> RegulationState {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let regulation = try input.validated()
        try await write(regulation, in: org, access: access, fields: ["sections"])
        return try await read(organizationID)
    }

    /// Replaces the draft with a new one written from the organization's data as it is today.
    func redraft(_ organizationID: UUID) async throws -> RegulationState {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        try await write(try await drafted(org), in: org, access: access, fields: ["sections"])
        return try await read(organizationID)
    }

    /// Makes the approved regulation a draft again, to be approved by a new order; the signed order stays.
    func startNewEdition(_ organizationID: UUID) async throws -> RegulationState {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        try await scope.db.atomically { db in
            guard let stored = try await RegulationModel.find(of: organizationID, on: db), stored.status == .approved
            else { throw DomainError.conflict("Положение ещё не утверждено: его можно изменять и так.") }
            stored.status = .draft
            stored.$order.id = nil
            stored.editedBy = scope.user.displayName
            stored.editedAt = scope.now
            try await stored.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .regulation, objectID: stored.id, organizationID: org.id, role: access.role,
                fields: ["status", "order_id"])
        }
        return try await read(organizationID)
    }

    /// The regulation as it stands, as the organization's template draws it; the download is audited.
    func document(_ organizationID: UUID) async throws -> (Data, String) {
        let state = try await read(organizationID)
        let data = try await draw(state.regulation, of: state.organization, approvedBy: state.order)
        try await AuditLog(scope: scope).record(
            .download, .regulation, objectID: nil, organizationID: state.organization.id, role: state.access.role)
        return (data, state.status == .approved ? "Положение о системе наставничества" : "Положение (проект)")
    }

    /// The approved regulation for the public section, which needs no sign-in; 404 while none is approved.
    func publishedDocument(_ organizationID: UUID) async throws -> Data {
        guard let org = try await OrganizationModel.find(organizationID, on: scope.db),
            let stored = try await RegulationModel.find(of: organizationID, on: scope.db), stored.status == .approved
        else { throw DomainError.notFound }
        return try await draw(stored.regulation, of: org, approvedBy: stored.order)
    }

    private func draw(
        _ regulation: Regulation, of org: OrganizationModel, approvedBy order: OrderModel?
    ) async throws -> Data {
        let approval = order.flatMap { order in order.number.flatMap { n in order.signedOn.map { (n, $0) } } }
        let document = RegulationDocument(organization: org.fullName, regulation: regulation, approval: approval)
        return try document.docx(
            template: try await DocumentTemplateService(scope: scope).template(for: org, kind: .regulation))
    }

    /// The draft the organization's data gives: its full name, its curators, the forms and years of its programs.
    func drafted(_ org: OrganizationModel) async throws -> Regulation {
        let id = try org.requireID()
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == id).all()
        let grants = try await GrantModel.query(on: scope.db).filter(\.$organizationID == id)
            .filter(\.$role == Role.curator.rawValue).all()
        let curators = try await AccountModel.query(on: scope.db).filter(\.$id ~~ grants.map { $0.$account.id })
            .sort(\.$displayName).all().map(\.displayName)
        let years =
            programs.isEmpty
            ? nil : programs.map(\.periodStart.year).min()!...programs.map(\.periodEnd.year).max()!
        return Regulation.drafted(
            from: RegulationFacts(
                organization: org.fullName, curators: curators, forms: programs.flatMap(\.forms), years: years))
    }

    /// Writes the text of a draft: the first save creates the row (of two at once, the one that loses the unique key
    /// writes again and finds the row), a later one changes it only while it is still a draft, in one statement.
    private func write(
        _ regulation: Regulation, in org: OrganizationModel, access: OrganizationAccess, fields: [String]
    ) async throws {
        let id = try org.requireID()
        try await DatabaseContention.againIfDuplicate {
            try await writeOnce(regulation, id: id, org: org, access: access, fields: fields)
        }
    }

    private func writeOnce(
        _ regulation: Regulation, id: UUID, org: OrganizationModel, access: OrganizationAccess, fields: [String]
    ) async throws {
        try await scope.db.atomically { db in
            if let stored = try await RegulationModel.find(of: id, on: db) {
                let changed = try await GuardedUpdate(
                    table: RegulationModel.schema, id: try stored.requireID(),
                    set: [
                        ("sections", RegulationModel.encode(regulation)), ("edited_by", scope.user.displayName),
                        ("edited_at", scope.now),
                    ],
                    when: [("status", RegulationStatus.draft.rawValue)]
                ).run(on: db)
                guard changed else { throw Self.approvedRefusal }
                try await audit(.update, stored.id, org, access, fields: fields, on: db)
            } else {
                let stored = RegulationModel(
                    organizationID: id, regulation: regulation, by: scope.user.displayName, at: scope.now)
                try await stored.create(on: db)
                try await audit(.create, stored.id, org, access, fields: fields, on: db)
            }
        }
    }

    private func audit(
        _ action: AuditAction, _ id: UUID?, _ org: OrganizationModel, _ access: OrganizationAccess, fields: [String],
        on db: any Database
    ) async throws {
        try await AuditLog(scope: scope.on(db)).record(
            action, .regulation, objectID: id, organizationID: org.id, role: access.role, fields: fields)
    }

    static let approvedRefusal = DomainError.conflict(
        "Положение утверждено приказом: чтобы изменить его, начните новую редакцию.")
}
