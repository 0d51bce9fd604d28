import FluentKit
import Foundation
import MentoringCore
import Persistence

/// An organization as the list and its card show it.
struct OrganizationSummary: Sendable {
    var organization: Organization
    var municipality: String
    var people: Int
}

extension OrganizationService {
    /// The organizations the user reads, with their people counted in one query.
    func summaries() async throws -> [OrganizationSummary] {
        let found = try await OrganizationDirectory(scope: scope).accessible()
        let counts = try await PersonModel.counts(in: found.map { try $0.organization.requireID() }, on: scope.db)
        return try found.map { org, _ in
            OrganizationSummary(
                organization: try org.value, municipality: org.municipality.name,
                people: counts[try org.requireID()] ?? 0)
        }
    }

    /// One organization with what the user may do there: read its programs, manage it, change its details.
    func card(_ id: UUID) async throws -> (summary: OrganizationSummary, access: OrganizationAccess, editable: Bool) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(id)
        let territory = try await TerritoryLoader(db: scope.db).load()
        let editable = TerritoryPolicy.mayManage(scope.user.grants, at: .organization(org.typedID), in: territory.map)
        let people = try await PersonModel.counts(in: [id], on: scope.db)[id] ?? 0
        return (
            OrganizationSummary(organization: try org.value, municipality: org.municipality.name, people: people),
            access, editable
        )
    }
}
