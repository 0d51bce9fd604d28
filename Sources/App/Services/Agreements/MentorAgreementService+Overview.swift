import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A fixed or running pair and where its mentor's papers stand.
struct MentorPapersRow {
    var mentorship: UUID
    var mentor: String
    var mentees: String
    var status: MentorshipStatus
    /// What is still to sign; nil when everything is signed.
    var missing: String?
    var payment: String
}

extension MentorAgreementService {
    /// The organization's open pairs with their papers, unsigned first, and whether it requires them signed.
    func overview(_ organizationID: UUID) async throws -> (OrganizationModel, OrganizationAccess, [MentorPapersRow]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let mentorships = try await MentorshipModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$status ~~ [MentorshipStatus.fixed, .active]).with(\.$mentees).all()
        let people = try await MentorshipPeople.load(mentorships, access: access, scope: scope)
        let stored = try await MentorAgreementModel.query(on: scope.db)
            .filter(\.$mentorship.$id ~~ mentorships.map { try $0.requireID() }).all()
        let agreements = Dictionary(uniqueKeysWithValues: stored.map { ($0.$mentorship.id, $0.agreement) })
        let rows = try mentorships.map { mentorship in
            let agreement =
                Self.standing(agreements[try mentorship.requireID()], of: mentorship, people: people)
            return MentorPapersRow(
                mentorship: try mentorship.requireID(), mentor: people.mentorName(mentorship),
                mentees: people.menteeNames(mentorship), status: mentorship.status, missing: agreement.missing,
                payment: agreement.payment.title)
        }
        try await AuditLog(scope: scope).record(
            .list, .mentorAgreement, organizationID: org.id, role: access.role, fields: ["papers"])
        let unsigned = rows.filter { $0.missing != nil }.sorted { $0.mentor < $1.mentor }
        return (org, access, unsigned + rows.filter { $0.missing == nil }.sorted { $0.mentor < $1.mentor })
    }

    /// Turns the rule on or off: a pair starts only with its mentor's papers signed.
    func setRequirement(_ organizationID: UUID, required: Bool) async throws {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        try await scope.db.atomically { db in
            try await OrganizationModel.query(on: db).filter(\.$id == organizationID)
                .set(\.$requiresMentorAgreement, to: required).update()
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: org.id, organizationID: org.id, role: access.role,
                fields: ["requiresMentorAgreement"])
        }
    }
}
