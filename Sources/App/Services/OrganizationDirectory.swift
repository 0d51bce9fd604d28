import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Finds organizations and decides what the current user may do in each, through `AccessRule`.
struct OrganizationDirectory {
    let scope: RequestScope

    /// Organizations the user can open, with the access they have; sorted by short name.
    func accessible() async throws -> [(organization: OrganizationModel, access: OrganizationAccess)] {
        let all = try await OrganizationModel.query(on: scope.db).with(\.$municipality).sort(\.$shortName).all()
        return try all.compactMap { org in try access(to: org).map { (org, $0) } }
    }

    /// The organization with the user's access to it; 404 when it does not exist or lies outside the grants.
    /// The short names of the organizations the user's grants name, for the account page.
    func grantedNames() async throws -> [UUID: String] {
        let ids = scope.user.grants.compactMap { grant -> UUID? in
            if case .organization(let id) = grant.scope { id.rawValue } else { nil }
        }
        guard !ids.isEmpty else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try await OrganizationModel.query(on: scope.db).filter(\.$id ~~ ids).all().map {
                (try $0.requireID(), $0.shortName)
            })
    }

    func organization(_ id: UUID) async throws -> (organization: OrganizationModel, access: OrganizationAccess) {
        guard
            let org = try await OrganizationModel.find(withMunicipality: id, on: scope.db),
            let access = try access(to: org)
        else { throw DomainError.notFound }
        return (org, access)
    }

    /// Needs `municipality` loaded.
    func access(to org: OrganizationModel) throws -> OrganizationAccess? {
        let place = OrganizationPlace(
            organizationID: org.typedID, municipalityID: .init(try org.municipality.requireID()),
            regionID: .init(org.municipality.$region.id))
        return AccessRule.access(for: scope.user.grants, to: place)
    }

    /// Same as `organization(_:)`, for changes: read-only access (a coordinator, a participant) gets 403.
    func managedOrganization(_ id: UUID) async throws -> (organization: OrganizationModel, access: OrganizationAccess) {
        let found = try await organization(id)
        try found.access.requireManagement()
        return found
    }
}

extension OrganizationAccess {
    /// Who cannot see the organization's staff side does not learn that a staff form exists (404); who sees it but
    /// may not change it is told so (403).
    func requireManagement() throws {
        guard readsAll else { throw DomainError.notFound }
        guard manages else {
            throw DomainError.refused(
                "Недостаточно прав: изменять данные этой организации может куратор или руководитель.")
        }
    }
}
