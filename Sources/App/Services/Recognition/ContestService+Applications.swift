import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The contest seen from an organization: its curator nominates its mentors, the application pre-filled from each
/// mentor's record, until the last day of nominations.
extension ContestService {
    func plan(forOrganization id: UUID) async throws -> (OrganizationModel, [ContestModel]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(id)
        guard access.readsAll else { throw DomainError.notFound }
        return (org, try await contests(of: org.$municipality.id))
    }

    /// The contest, when it is the organization's municipality's and the user reads the organization; else 404.
    func find(
        _ id: UUID, forOrganization organizationID: UUID
    ) async throws -> (ContestModel, OrganizationModel, OrganizationAccess) {
        try await OrganizationDirectory(scope: scope).municipalObject(ContestModel.self, id, from: organizationID)
    }

    /// The organization's applications and its mentors who may be nominated, named as the user may see them.
    func organizationCard(
        _ id: UUID, forOrganization organizationID: UUID
    ) async throws -> (ContestCard, OrganizationAccess, mentors: [(UUID, String)]) {
        let (contest, _, access) = try await find(id, forOrganization: organizationID)
        var card = try await card(of: contest)
        card.applications = card.applications.filter { $0.organizationID == organizationID }
        card.jurors = []
        return (card, access, try await mentors(of: organizationID, access: access))
    }

    private func mentors(of organizationID: UUID, access: OrganizationAccess) async throws -> [(UUID, String)] {
        let ids = Array(
            Set(
                try await MentorProfileModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
                    .field(\.$id).field(\.$person.$id).all().map { $0.$person.id }))
        let people = try await PersonModel.query(on: scope.db).filter(\.$id ~~ ids).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        return try people.map { person in
            (try person.requireID(), try access.name(of: person, consents: consents, on: scope.today))
        }.sorted { ($0.1, $0.0.uuidString) < ($1.1, $1.0.uuidString) }
    }

    /// Nominates one of the organization's mentors with the mentor's record as it stands today.
    func nominate(
        _ id: UUID, forOrganization organizationID: UUID, _ input: ContestApplicationInput
    ) async throws -> ContestApplicationModel {
        let (contest, org, access) = try await find(id, forOrganization: organizationID)
        try access.requireManagement()
        guard scope.today <= contest.applicationsUntil, contest.closedAt == nil else {
            throw ValidationFailure(fields: [
                "person": "Приём заявок закончился \(contest.applicationsUntil.russian)."
            ])
        }
        let mentors = Set(try await mentors(of: organizationID, access: access).map(\.0))
        let (person, nomination, essay) = try input.validated(
            nominations: contest.details.nominations, mentors: mentors)
        let application = ContestApplicationModel()
        (application.$contest.id, application.$person.id, application.$organization.id) = (id, person, organizationID)
        (application.nomination, application.essay) = (nomination, essay)
        application.record = try await RewardService(scope: scope).record(person).record.summary
        (application.submittedBy, application.submittedAt) = (scope.user.displayName, scope.now)
        do {
            try await scope.db.atomically { db in
                try await application.create(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    .create, .contest, objectID: id, personID: person, organizationID: org.id, role: access.role,
                    fields: ["application", "publicationConsent"])
            }
        } catch let error where DatabaseContention(error) == .duplicate {
            throw ValidationFailure(fields: ["person": "Этот наставник уже выдвинут на конкурс."])
        }
        return application
    }
}
