import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What the people list is narrowed to.
struct PeopleFilter: Sendable {
    var search: String?
    var category: Person.Category?
    var consent: Consent.Status?
    var page: Int = 1

    static let pageSize = 25
}

struct PeoplePage {
    var rows: [(person: PersonModel, status: Consent.Status)]
    var page: Int
    var pageCount: Int
    var total: Int
}

extension PeopleService {
    /// One page of an organization's people. The consent status is derived for today, so that filter runs in memory.
    func list(
        organizationID: UUID, filter: PeopleFilter
    ) async throws -> (page: PeoplePage, organization: OrganizationModel, access: OrganizationAccess) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        let query = PersonModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID())).with(
            \.$consents)
        if let search = filter.search?.trimmingCharacters(in: .whitespaces).lowercased(), !search.isEmpty {
            query.filter(\.$searchKey ~~ search)
        }
        if let category = filter.category {
            query.filter(\.$categories ~~ PersonModel.mark(category))
        }
        if !access.readsAll {
            query.filter(\.$id ~~ Array(try await linkedPersonIDs()))
        }
        let today = scope.today
        var rows = try await query.sort(\.$surname).sort(\.$givenName).all()
            .map { (person: $0, status: $0.consents.map(\.consent).overallStatus(on: today)) }
        if let consent = filter.consent {
            rows = rows.filter { $0.status == consent }
        }
        let pageCount = max(1, (rows.count + PeopleFilter.pageSize - 1) / PeopleFilter.pageSize)
        let page = min(max(1, filter.page), pageCount)
        let slice = Array(rows.dropFirst((page - 1) * PeopleFilter.pageSize).prefix(PeopleFilter.pageSize))
        try await audit.record(.list, .people, organizationID: org.id, role: access.role)
        return (PeoplePage(rows: slice, page: page, pageCount: pageCount, total: rows.count), org, access)
    }
}
