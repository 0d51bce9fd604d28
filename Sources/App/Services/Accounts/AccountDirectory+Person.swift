import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension AccountDirectory {
    /// The participants an account may be tied to: adults of the organizations it has roles in, without an account.
    func linkablePeople(for entry: Entry) async throws -> [PersonModel] {
        let organizations = entry.grants.compactMap(\.grant.organizationID)
        guard !organizations.isEmpty else { return [] }
        let taken = try await AccountModel.query(on: scope.db).filter(\.$person.$id != nil).all()
            .compactMap { $0.$person.id }
        return try await PersonModel.query(on: scope.db).filter(\.$organization.$id ~~ organizations)
            .filter(\.$anonymizedAt == nil).filter(\.$id !~ taken).inNameOrder().limit(500).all()
            .filter { !$0.details.isMinor(on: scope.today) || entry.grants.contains { $0.grant.role == .mentee } }
    }

    /// Ties the account to a participant, or unties it (`nil`). Of two accounts tied to one person at once, one
    /// wins: the update happens only while no other account holds the person.
    func link(_ id: UUID, to personID: UUID?) async throws {
        let (entry, territory) = try await managed(id)
        guard GrantPolicy.manages(scope.user.grants, account: entry.grants.map(\.grant), in: territory.map) else {
            throw DomainError.forbidden
        }
        if let personID {
            guard let person = try await PersonModel.find(personID, on: scope.db),
                GrantPolicy.allows(
                    scope.user.grants,
                    toGive: Grant(
                        role: .mentor,
                        scope: .organization(
                            .init(person.$organization.id))), in: territory.map),
                entry.grants.contains(where: { $0.grant.organizationID == person.$organization.id })
            else {
                throw ValidationFailure(fields: [
                    "personID": "Выберите участника организации, где у учётной записи есть роль."
                ])
            }
            guard try await AccountModel.link(id, to: personID, on: scope.db) else {
                throw ValidationFailure(fields: ["personID": "Этот участник уже связан с другой учётной записью."])
            }
        } else {
            try await AccountModel.query(on: scope.db).filter(\.$id == id).set(\.$person.$id, to: nil).update()
        }
        try await AuditLog(scope: scope).record(
            .update, .account, objectID: id,
            personID: personID ?? entry.account.$person.id,
            fields: ["person"])
    }
}
