import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A partner with the organization's people it supplies (named only with a valid consent).
struct PartnerCard {
    var partner: PartnerModel
    var organization: OrganizationModel
    var access: OrganizationAccess
    var people: [(id: UUID, name: String, named: Bool)]
}

/// The organization's partners that supply mentors: records with requisites and a contact, the cooperation
/// agreement with its term and scan, its DOCX from the organization's template, and the people each supplies.
struct PartnerService {
    let scope: RequestScope

    func list(
        _ organizationID: UUID
    ) async throws -> (OrganizationModel, OrganizationAccess, [PartnerModel], [UUID: Int]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let partners = try await PartnerModel.list(of: organizationID, on: scope.db)
        let people = try await PersonModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$partner.$id ~~ partners.map { try $0.requireID() }).field(\.$id).field(\.$partner.$id).all()
        var counts: [UUID: Int] = [:]
        for person in people { if let id = person.$partner.id { counts[id, default: 0] += 1 } }
        return (org, access, partners, counts)
    }

    func card(_ id: UUID) async throws -> PartnerCard {
        guard let partner = try await PartnerModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(partner.$organization.id)
        guard access.readsAll else { throw DomainError.notFound }
        let people = try await PersonModel.query(on: scope.db).filter(\.$partner.$id == id).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: people.map { try $0.requireID() })
        let named = try people.map { person in
            let shown = access.showsName(consents: consents[try person.requireID()] ?? [], on: scope.today)
            return (
                id: try person.requireID(), name: shown ? person.details.fullName : "Участник без согласия",
                named: shown
            )
        }
        return PartnerCard(
            partner: partner, organization: org, access: access, people: named.sorted { $0.name < $1.name })
    }

    /// A new partner; a name the organization already has is refused by its field, also when two add it at once.
    func create(in organizationID: UUID, _ input: PartnerInput, scan: ScanUpload?) async throws -> PartnerModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let partner = PartnerModel(organizationID: organizationID, name: "")
        try await write(partner, input, scan: scan, org: org, access: access, action: .create)
        return partner
    }

    func update(_ id: UUID, _ input: PartnerInput, scan: ScanUpload?) async throws -> PartnerModel {
        let card = try await card(id)
        try card.access.requireManagement()
        try await write(card.partner, input, scan: scan, org: card.organization, access: card.access, action: .update)
        return card.partner
    }

    private func write(
        _ partner: PartnerModel, _ input: PartnerInput, scan: ScanUpload?, org: OrganizationModel,
        access: OrganizationAccess, action: AuditAction
    ) async throws {
        var failure = ValidationFailure()
        do {
            partner.details = try input.validated(today: scope.today)
        } catch {
            failure.merge(error)
        }
        if let scan, let problem = ConsentService.problem(with: scan) { failure.add("scan", problem) }
        try failure.throwIfAny()
        if let scan {
            (partner.scanName, partner.scanType, partner.scanData) = (scan.fileName, scan.contentType, scan.data)
        }
        do {
            try await scope.db.atomically { db in
                try await partner.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    action, .partner, objectID: partner.id, organizationID: org.id, role: access.role,
                    fields: ["kind", "name", "inn", "contact", "agreement"] + (scan == nil ? [] : ["scan"]))
            }
        } catch let error where DatabaseContention(error) == .duplicate {
            throw ValidationFailure(fields: ["name": "Партнёр «\(partner.name)» у организации уже есть."])
        }
    }

    /// The cooperation agreement as DOCX, naming the partner's people who may be named.
    func document(_ id: UUID) async throws -> (Data, String) {
        let card = try await card(id)
        let org = card.organization
        let document = PartnerAgreementDocument(
            organization: org.fullName, headPosition: org.headPosition ?? "Руководитель", headName: org.headName ?? "",
            partner: card.partner.details, mentors: card.people.filter(\.named).map(\.name))
        let template = try await DocumentTemplateService(scope: scope).template(
            for: org, kind: .partnerAgreement)
        try await AuditLog(scope: scope).record(
            .download, .partner, objectID: id, organizationID: org.id, role: card.access.role, fields: ["agreement"])
        return (try document.docx(template: template), "Соглашение с партнёром \(card.partner.name)")
    }

    /// Keeps the signed scan of the cooperation agreement, replacing the one before.
    func attach(_ scan: ScanUpload?, to id: UUID) async throws -> PartnerModel {
        let card = try await card(id)
        try card.access.requireManagement()
        guard let scan else { throw ValidationFailure(fields: ["file": ScanUpload.missingProblem]) }
        if let problem = ConsentService.problem(with: scan) { throw ValidationFailure(fields: ["file": problem]) }
        let partner = card.partner
        (partner.scanName, partner.scanType, partner.scanData) = (scan.fileName, scan.contentType, scan.data)
        try await scope.db.atomically { db in
            try await partner.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .partner, objectID: id, organizationID: card.organization.id, role: card.access.role,
                fields: ["scan"])
        }
        return partner
    }

    func scan(_ id: UUID) async throws -> ScanUpload {
        let card = try await card(id)
        guard let name = card.partner.scanName, let data = card.partner.scanData else { throw DomainError.notFound }
        try await AuditLog(scope: scope).record(
            .download, .partner, objectID: id, organizationID: card.organization.id, role: card.access.role,
            fields: ["scan"])
        return ScanUpload(fileName: name, data: data)
    }
}
