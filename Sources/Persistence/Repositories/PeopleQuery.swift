import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// The people of an organization, narrowed as the people list narrows them and in its order (surname, given name,
/// then the order they were entered), read as plain rows: a page of the list is cut and counted in SQL on the
/// `people_in_order` index.
package struct PeopleQuery: Sendable {
    package var organizationID: UUID
    /// Part of the full name, lower case.
    package var search: String?
    package var category: Person.Category?
    /// Only these people (a participant's account sees only itself and the minors it represents).
    package var only: [UUID]?

    package init(organizationID: UUID, search: String? = nil, category: Person.Category? = nil, only: [UUID]? = nil) {
        self.organizationID = organizationID
        self.search = search
        self.category = category
        self.only = only
    }

    package func count(on db: any Database) async throws -> Int {
        let row = try await narrowed(db.sql.select().columnCountingRows())
            .first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Everyone's id, in the list's order.
    package func ids(on db: any Database) async throws -> [UUID] {
        try await ordered(narrowed(db.sql.select().column("id"))).all().map {
            try $0.decode(column: "id", as: UUID.self)
        }
    }

    /// The people from `offset` on, at most `limit` of them.
    package func people(offset: Int, limit: Int, on db: any Database) async throws -> [PersonListing] {
        try await ordered(narrowed(db.sql.select().column("*"))).offset(offset).limit(limit).all()
            .map(PersonListing.init(row:))
    }

    /// These people, in the list's order.
    package func people(_ ids: [UUID], on db: any Database) async throws -> [PersonListing] {
        guard !ids.isEmpty else { return [] }
        return try await ordered(narrowed(db.sql.select().column("*")).where("id", .in, ids)).all()
            .map(PersonListing.init(row:))
    }

    private func narrowed(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
        var select = select.from(PersonModel.schema).where("organization_id", .equal, organizationID)
        if let search { select = select.where("search_key", .like, "%\(search)%") }
        if let category { select = select.where("categories", .like, "%\(PersonModel.mark(category))%") }
        if let only {
            select =
                only.isEmpty
                ? select.where(SQLBinaryExpression(SQLLiteral.numeric("1"), .equal, SQLLiteral.numeric("0")))
                : select.where("id", .in, only)
        }
        return select
    }

    private func ordered(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
        select.orderBy("surname").orderBy("given_name").orderBy("created_at").orderBy("id")
    }
}
