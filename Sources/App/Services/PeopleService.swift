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
        let (record, access) = try await record(id)
        return (record.person, record.organization, access)
    }

    /// The person with their organization and consents (one statement) and the user's access; 404 when out of reach.
    private func record(_ id: UUID) async throws -> (record: PersonRecord, access: OrganizationAccess) {
        guard let record = try await PersonModel.record(id, on: scope.db),
            let access = try OrganizationDirectory(scope: scope).access(to: record.organization)
        else { throw DomainError.notFound }
        if !access.readsAll {
            guard try await linkedPersonIDs().contains(id) else { throw DomainError.notFound }
        }
        return (record, access)
    }

    /// The person for a change: 404 when out of reach, 403 when only readable.
    func managedPerson(
        _ id: UUID
    ) async throws -> (person: PersonModel, organization: OrganizationModel, access: OrganizationAccess) {
        let found = try await person(id)
        try found.access.requireManagement()
        return found
    }

    /// The card of a person with their consents; the read itself is audited. An authority needs the person's
    /// consent to see it.
    func readCard(
        _ id: UUID
    ) async throws -> (
        person: PersonModel, organization: OrganizationModel, access: OrganizationAccess, consents: [Consent]
    ) {
        let (record, access) = try await record(id)
        if access.namesNeedConsent {
            try ConsentPolicy.authorize(
                .reportByName, personID: record.person.typedID, consents: record.consents, on: scope.today)
        }
        try await audit.record(
            .read, .person, objectID: id, personID: id, organizationID: record.organization.id, role: access.role)
        return (record.person, record.organization, access, record.consents)
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
            details, partner: try await Self.partner(details.partnerName, organizationID: organizationID, on: scope.db))
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
        -> (person: PersonModel, access: OrganizationAccess, consents: [Consent])
    {
        let (record, access) = try await record(id)
        try access.requireManagement()
        let (person, org) = (record.person, record.organization)
        guard person.anonymizedAt == nil else {
            throw DomainError.conflict("Данные участника обезличены после отзыва согласия и не изменяются.")
        }
        if let version, version != person.version { throw EditConflict() }
        let details = try input.validated(today: scope.today)
        let changed = details.changedFields(from: person.details)
        try await scope.db.atomically { db in
            person.apply(
                details,
                partner: try await Self.partner(details.partnerName, organizationID: try org.requireID(), on: db))
            // The audit row first: the person's row stays locked from its update to the commit, one round trip less.
            try await AuditLog(scope: scope.on(db)).record(
                .update, .person, objectID: id, personID: id, organizationID: org.id, role: access.role, fields: changed
            )
            guard try await person.saveDetails(from: version, on: db) != nil else {
                throw version == nil ? DomainError.notFound : EditConflict()
            }
        }
        return (person, access, record.consents)
    }

    /// The employer an employer's representative comes from, recorded once per organization.
    static func partner(_ name: String?, organizationID: UUID, on db: any Database) async throws -> PartnerModel? {
        guard let name else { return nil }
        if let existing = try await PartnerModel.query(on: db)
            .filter(\.$organization.$id == organizationID).filter(\.$name == name).first()
        {
            return existing
        }
        let partner = PartnerModel(organizationID: organizationID, name: name)
        try await partner.create(on: db)
        return partner
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
