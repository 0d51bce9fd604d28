import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Reading the audit log: administrators see all of it, curators and heads their organization's rows.
struct AuditQuery {
    let scope: RequestScope

    struct Filter: Sendable {
        var personID: UUID?
        var from: CalendarDate?
        var to: CalendarDate?
        var limit = 500
    }

    func entries(_ filter: Filter) async throws -> [AuditEntryModel] {
        let query = AuditEntryModel.query(on: scope.db).sort(\.$at, .descending).limit(filter.limit)
        if !scope.user.isAdministrator {
            let organizations = try await OrganizationDirectory(scope: scope).accessible()
                .filter { $0.access.readsAudit }.map { $0.organization.id! }
            guard !organizations.isEmpty else { throw Abort(.notFound) }
            query.filter(\.$organizationID ~~ organizations)
        }
        if let personID = filter.personID { query.filter(\.$personID == personID) }
        if let from = filter.from { query.filter(\.$at >= Self.startOfDay(from)) }
        if let to = filter.to { query.filter(\.$at < Self.startOfDay(to.adding(days: 1))) }
        return try await query.all()
    }

    /// The trail of one person, for their card: only for those who read the audit of that organization.
    func trail(of personID: UUID, access: OrganizationAccess) async throws -> [AuditEntryModel] {
        guard access.readsAudit else { return [] }
        return try await AuditEntryModel.query(on: scope.db).filter(\.$personID == personID)
            .sort(\.$at, .descending).limit(100).all()
    }

    /// Audit times are UTC; a day filter means the UTC day.
    static func startOfDay(_ date: CalendarDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }
}
