import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The outbox as its readers see it: the administrator all of it, heads and curators their organizations' messages
/// and the ones they queued themselves.
struct OutboxService {
    let scope: RequestScope

    private var organizations: [UUID] {
        scope.user.grants.filter { [.head, .curator].contains($0.role) }.compactMap(\.organizationID)
    }

    private func visible() throws -> QueryBuilder<EmailOutboxModel> {
        let query = EmailOutboxModel.query(on: scope.db)
        if scope.user.isAdministrator { return query }
        guard !organizations.isEmpty || scope.user.accountID != nil else { throw DomainError.notFound }
        let mine = scope.user.accountID ?? UUID()
        return query.group(.or) { $0.filter(\.$organizationID ~~ organizations).filter(\.$requestedBy == mine) }
    }

    var mayRead: Bool { scope.user.isAdministrator || !organizations.isEmpty }

    func list(
        status: OutboxStatus?, limit: Int = 200
    ) async throws -> (rows: [EmailOutboxModel], counts: [OutboxStatus: Int]) {
        guard mayRead else { throw DomainError.notFound }
        var counts: [OutboxStatus: Int] = [:]
        for value in OutboxStatus.allCases { counts[value] = try await visible().filter(\.$status == value).count() }
        var query = try visible().sort(\.$createdAt, .descending).limit(limit)
        if let status { query = query.filter(\.$status == status) }
        let rows = try await query.all()
        try await AuditLog(scope: scope).record(.list, .outbox, fields: ["address", "subject"])
        return (rows, counts)
    }

    /// A message given up on goes back to the queue with its attempts counted from zero.
    func retry(_ id: UUID) async throws {
        guard mayRead, try await visible().filter(\.$id == id).first() != nil else { throw DomainError.notFound }
        try await EmailOutboxModel.query(on: scope.db).filter(\.$id == id).filter(\.$status == .failed)
            .set(\.$status, to: .queued).set(\.$attempts, to: 0).set(\.$nextAttemptAt, to: scope.now).update()
        try await AuditLog(scope: scope).record(.update, .outbox, objectID: id, fields: ["status"])
    }
}
