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
    struct Row {
        var person: PersonListing
        var consents: [Consent]
        var status: Consent.Status

        init(_ person: PersonListing, consents: [UUID: [Consent]], today: CalendarDate) {
            self.person = person
            self.consents = consents[person.id] ?? []
            status = self.consents.overallStatus(on: today)
        }
    }

    var rows: [Row]
    var page: Int
    var pageCount: Int
    var total: Int
}

extension PeopleService {
    /// One page of an organization's people. Without a consent filter the page is cut and counted in SQL, and only
    /// its people's consents are read; the consent status is derived for today, so that filter runs on the ids and
    /// consents of the whole organization, read in two plain queries.
    func list(
        organizationID: UUID, filter: PeopleFilter
    ) async throws -> (page: PeoplePage, organization: OrganizationModel, access: OrganizationAccess) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        let search = filter.search?.trimmingCharacters(in: .whitespaces).lowercased()
        let query = PeopleQuery(
            organizationID: try org.requireID(), search: search?.isEmpty == false ? search : nil,
            category: filter.category, only: access.readsAll ? nil : Array(try await linkedPersonIDs()))
        let today = scope.today
        let lookup = ConsentLookup(db: scope.db)
        let result: PeoplePage
        if let consent = filter.consent {
            // The status is derived for today: every person's consents are read (ids and consent columns only),
            // and only the page's people are read whole.
            let ids = try await query.ids(on: scope.db)
            let consents = try await lookup.consents(ofPeopleIn: try org.requireID())
            let matching = ids.filter { (consents[$0] ?? []).overallStatus(on: today) == consent }
            let (page, pageCount) = PeopleFilter.page(filter.page, of: matching.count)
            let pageIDs = Array(matching.dropFirst((page - 1) * PeopleFilter.pageSize).prefix(PeopleFilter.pageSize))
            let people = try await query.people(pageIDs, on: scope.db)
            result = PeoplePage(
                rows: people.map { PeoplePage.Row($0, consents: consents, today: today) }, page: page,
                pageCount: pageCount, total: matching.count)
        } else {
            let size = PeopleFilter.pageSize
            // The page asked for is read with the count; past the last page it is counted and the last page read.
            let asked = min(max(1, filter.page), Int.max / size)
            var found = try await query.page(offset: (asked - 1) * size, limit: size, on: scope.db)
            if found.total == nil, asked > 1 {
                let (last, _) = PeopleFilter.page(asked, of: try await query.count(on: scope.db))
                found = try await query.page(offset: (last - 1) * size, limit: size, on: scope.db)
            }
            let total = found.total ?? 0
            let (page, pageCount) = PeopleFilter.page(asked, of: total)
            result = PeoplePage(
                rows: found.people.map { PeoplePage.Row($0, consents: found.consents, today: today) }, page: page,
                pageCount: pageCount, total: total)
        }
        try await audit.record(.list, .people, organizationID: org.id, role: access.role)
        return (result, org, access)
    }
}
