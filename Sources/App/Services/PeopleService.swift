import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// People of organizations: scoped reads, audited writes.
struct PeopleService {
    let scope: RequestScope

    var audit: AuditLog { AuditLog(scope: scope) }

    /// The person with the user's access to their organization; 404 when out of reach.
    /// Participants (mentor, mentee, representative) reach only themselves and the minors they represent.
    func person(
        _ id: UUID
    ) async throws -> (person: PersonModel, organization: OrganizationModel, access: OrganizationAccess) {
        guard let person = try await PersonModel.find(withPartner: id, on: scope.db) else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(person.$organization.id)
        if !access.readsAll {
            guard try await linkedPersonIDs().contains(id) else { throw DomainError.notFound }
        }
        return (person, org, access)
    }

    /// The person for a change: 404 when out of reach, 403 when only readable.
    func managedPerson(
        _ id: UUID
    ) async throws -> (person: PersonModel, organization: OrganizationModel, access: OrganizationAccess) {
        let found = try await person(id)
        try found.access.requireManagement()
        return found
    }

    /// The card of a person; the read itself is audited. An authority needs the person's consent to see it.
    func readCard(
        _ id: UUID
    ) async throws -> (person: PersonModel, organization: OrganizationModel, access: OrganizationAccess) {
        let found = try await person(id)
        if found.access.namesNeedConsent {
            let consents = try await ConsentLookup(db: scope.db).consents(of: id)
            try ConsentPolicy.authorize(
                .reportByName, personID: found.person.typedID, consents: consents, on: scope.today)
        }
        try await audit.record(
            .read, .person, objectID: id, personID: id, organizationID: found.organization.id,
            role: found.access.role)
        return found
    }

    @discardableResult
    func create(
        in organizationID: UUID, input: PersonInput
    ) async throws -> (person: PersonModel, access: OrganizationAccess) {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let details = try input.validated(today: scope.today)
        let person = try await scope.db.atomically { db in
            try await PeopleService(scope: scope.on(db)).insert(details, in: try org.requireID(), role: access.role)
        }
        return (person, access)
    }

    /// Writes a new person of the organization with the employer they come from, audited as created by the scope's
    /// user; the caller checked who may, and runs it in its own transaction.
    func insert(_ details: Person.Details, in organizationID: UUID, role: Role?) async throws -> PersonModel {
        let person = PersonModel(organizationID: organizationID)
        person.apply(
            details,
            partnerID: try await Self.partnerID(details.partnerName, organizationID: organizationID, on: scope.db))
        try await person.create(on: scope.db)
        try await AuditLog(scope: scope).record(
            .create, .person, objectID: person.id, personID: person.id, organizationID: organizationID, role: role,
            fields: Person.Details.allFields)
        return person
    }

    /// Saves an edit made from `version` (the one the editor saw; `nil` — whatever is stored when it is saved). Of two
    /// edits made from one version the first wins and the second gets `EditConflict`: the version rises in the same
    /// guarded update.
    @discardableResult
    func update(
        _ id: UUID, input: PersonInput, version: Int? = nil
    ) async throws
        -> (person: PersonModel, access: OrganizationAccess)
    {
        let (person, org, access) = try await managedPerson(id)
        guard person.anonymizedAt == nil else {
            throw DomainError.conflict("Данные участника обезличены после отзыва согласия и не изменяются.")
        }
        if let version, version != person.version { throw EditConflict() }
        let details = try input.validated(today: scope.today)
        let changed = details.changedFields(from: person.details)
        try await scope.db.atomically { db in
            person.apply(
                details,
                partnerID: try await Self.partnerID(details.partnerName, organizationID: try org.requireID(), on: db))
            guard try await person.saveDetails(from: version, on: db) != nil else {
                throw version == nil ? DomainError.notFound : EditConflict()
            }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .person, objectID: id, personID: id, organizationID: org.id, role: access.role, fields: changed
            )
        }
        return (person, access)
    }

    /// The employer an employer's representative comes from, recorded once per organization.
    static func partnerID(_ name: String?, organizationID: UUID, on db: any Database) async throws -> UUID? {
        guard let name else { return nil }
        if let existing = try await PartnerModel.query(on: db)
            .filter(\.$organization.$id == organizationID).filter(\.$name == name).first()
        {
            return existing.id
        }
        let partner = PartnerModel(organizationID: organizationID, name: name)
        try await partner.create(on: db)
        return partner.id
    }

    /// Who a participant's account may see: their own person and the minors they represent.
    func linkedPersonIDs() async throws -> Set<UUID> {
        var ids = Set([scope.user.personID].compactMap { $0 })
        if let representativeID = scope.user.representativeID {
            let links = try await RepresentationModel.query(on: scope.db)
                .filter(\.$representative.$id == representativeID).all()
            ids.formUnion(links.map { $0.$person.id })
        }
        return ids
    }
}

extension RequestScope {
    /// The same scope on another database handle: a transaction's.
    func on(_ db: any Database) -> RequestScope {
        var copy = self
        copy.db = db
        return copy
    }
}
