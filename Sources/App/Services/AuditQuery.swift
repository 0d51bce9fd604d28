import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Reading the audit log: administrators see all of it, curators and heads their organization's rows.
struct AuditQuery {
    let scope: RequestScope

    struct Filter: Sendable {
        var personID: UUID?
        /// A part of a person's name: the rows about every matching person.
        var personName: String?
        var from: CalendarDate?
        var to: CalendarDate?
        var limit = 500
    }

    func entries(_ filter: Filter) async throws -> [AuditEntryModel] {
        try await ownRowsCommitted()
        let query = AuditEntryModel.query(on: scope.db).sort(\.$at, .descending).limit(filter.limit)
        var organizations: [UUID]?
        if !scope.user.isAdministrator {
            let readable = try await OrganizationDirectory(scope: scope).accessible()
                .filter { $0.access.readsAudit }.map { try $0.organization.requireID() }
            guard !readable.isEmpty else { throw DomainError.notFound }
            query.filter(\.$organizationID ~~ readable)
            organizations = readable
        }
        if let personID = filter.personID { query.filter(\.$personID == personID) }
        if let name = filter.personName?.lowercased() {
            let people = PersonModel.query(on: scope.db).filter(\.$searchKey ~~ name)
            if let organizations { people.filter(\.$organization.$id ~~ organizations) }
            let ids: [UUID?] = try await people.all(\.$id).map { $0 }
            query.filter(\.$personID ~~ ids)
        }
        if let from = filter.from { query.filter(\.$at >= Self.startOfDay(from)) }
        if let to = filter.to { query.filter(\.$at < Self.startOfDay(to.adding(days: 1))) }
        return try await query.all()
    }

    /// The trail of one person, for their card: only for those who read the audit of that organization.
    func trail(of personID: UUID, access: OrganizationAccess) async throws -> [AuditEntryModel] {
        guard access.readsAudit else { return [] }
        try await ownRowsCommitted()
        return try await AuditEntryModel.query(on: scope.db).filter(\.$personID == personID)
            .sort(\.$at, .descending).limit(100).all()
    }

    /// The log shows the request's own reads too (the card's «Просмотр»): their rows, handed to the writer
    /// (`AuditReceipts`), are committed before it is read.
    private func ownRowsCommitted() async throws {
        try await scope.auditReceipts?.settle()
    }

    /// Short names of the people the rows are about, for display.
    func names(for entries: [AuditEntryModel]) async throws -> [UUID: String] {
        let ids = Array(Set(entries.compactMap(\.personID)))
        guard !ids.isEmpty else { return [:] }
        let people = try await PersonModel.query(on: scope.db).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: try people.map { ((try $0.requireID()), $0.details.shortName) })
    }

    /// Audit times are UTC; a day filter means the UTC day.
    static func startOfDay(_ date: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
