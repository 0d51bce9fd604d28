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

    /// The page asked for, kept within the pages `total` rows fill (at least one), and how many there are.
    static func page(_ asked: Int, of total: Int) -> (page: Int, pageCount: Int) {
        let pageCount = max(1, total / pageSize + (total % pageSize == 0 ? 0 : 1))
        return (min(max(1, asked), pageCount), pageCount)
    }
}

struct PeoplePage {
    var rows: [(person: PersonModel, status: Consent.Status)]
    var page: Int
    var pageCount: Int
    var total: Int
}

extension PeopleService {
    /// One page of an organization's people. Without a consent filter the page is cut and counted in SQL, and only
    /// its people's consents are read; the consent status is derived for today, so that filter still runs in memory.
    func list(
        organizationID: UUID, filter: PeopleFilter
    ) async throws -> (page: PeoplePage, organization: OrganizationModel, access: OrganizationAccess) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        let query = PersonModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
        if let search = filter.search?.trimmingCharacters(in: .whitespaces).lowercased(), !search.isEmpty {
            query.filter(\.$searchKey ~~ search)
        }
        if let category = filter.category {
            query.filter(\.$categories ~~ PersonModel.mark(category))
        }
        if !access.readsAll {
            query.filter(\.$id ~~ Array(try await linkedPersonIDs()))
        }
        query.sort(\.$surname).sort(\.$givenName).sort(\.$createdAt).sort(\.$id)
        let today = scope.today
        let size = PeopleFilter.pageSize
        let result: PeoplePage
        if let consent = filter.consent {
            let rows = try await query.with(\.$consents).all()
                .map { (person: $0, status: $0.consents.map(\.consent).overallStatus(on: today)) }
                .filter { $0.status == consent }
            let (page, pageCount) = PeopleFilter.page(filter.page, of: rows.count)
            result = PeoplePage(
                rows: Array(rows.dropFirst((page - 1) * size).prefix(size)), page: page, pageCount: pageCount,
                total: rows.count)
        } else {
            let total = try await query.copy().count()
            let (page, pageCount) = PeopleFilter.page(filter.page, of: total)
            let rows = try await query.range(((page - 1) * size)..<(page * size)).with(\.$consents).all()
                .map { (person: $0, status: $0.consents.map(\.consent).overallStatus(on: today)) }
            result = PeoplePage(rows: rows, page: page, pageCount: pageCount, total: total)
        }
        try await audit.record(.list, .people, organizationID: org.id, role: access.role)
        return (result, org, access)
    }
}
