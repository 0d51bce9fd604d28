import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Bearer tokens of the API. Only the hash is stored; the token is shown once, when created.
struct APITokenService {
    let scope: RequestScope

    /// A token as its owner sees it in the list: never its text.
    struct Summary: Sendable {
        var id: UUID
        var name: String
        var createdAt: Date
        var lastUsedAt: Date?
        var revokedAt: Date?
    }

    func tokens() async throws -> [Summary] {
        try await APITokenModel.query(on: scope.db).filter(\.$account.$id == accountID()).sort(
            \.$createdAt, .descending
        ).all().map {
            Summary(
                id: try $0.requireID(), name: $0.name, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt,
                revokedAt: $0.revokedAt)
        }
    }

    /// Returns the token's text: the only time it exists outside the client.
    func create(name: String?) async throws -> String {
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard (1...100).contains(name.count) else {
            throw ValidationFailure(fields: ["name": "Назовите токен (например, «Выгрузка в 1С»), до 100 символов."])
        }
        let token = "nst_" + Secrets.token()
        let model = APITokenModel(
            accountID: try accountID(), name: name, tokenHash: Secrets.sha256(token), createdAt: scope.now)
        try await model.create(on: scope.db)
        try await AuditLog(scope: scope).record(.grant, .apiToken, objectID: model.id, fields: ["name"])
        return token
    }

    func revoke(_ id: UUID) async throws {
        guard
            let token = try await APITokenModel.query(on: scope.db)
                .filter(\.$id == id).filter(\.$account.$id == accountID()).first()
        else { throw DomainError.notFound }
        guard token.revokedAt == nil else { return }
        token.revokedAt = scope.now
        try await token.save(on: scope.db)
        try await AuditLog(scope: scope).record(.revoke, .apiToken, objectID: id)
    }

    /// Revokes every live token of the account at once (after a leak, or with a password change).
    func revokeAll() async throws -> Int {
        let live = try await APITokenModel.query(on: scope.db).filter(\.$account.$id == accountID())
            .filter(\.$revokedAt == nil).all()
        guard !live.isEmpty else { return 0 }
        try await APITokenModel.query(on: scope.db).filter(\.$id ~~ live.map { try $0.requireID() })
            .set(\.$revokedAt, to: scope.now).update()
        try await AuditLog(scope: scope).record(.revoke, .apiToken, fields: ["all"])
        return live.count
    }

    private func accountID() throws -> UUID {
        guard let id = scope.user.accountID else { throw DomainError.forbidden }
        return id
    }

    /// How stale a token's recorded last use may get: reads do not write for every request, only once in this long.
    static let lastUseGranularity: TimeInterval = 60

    /// The account a presented token belongs to, or `nil` for an unknown or revoked token or a blocked account.
    /// The token's last use is recorded at most once a minute, by one guarded update: parallel requests do not all
    /// write it.
    static func account(for token: String, on db: any Database, now: Date) async throws -> SignedInAccount? {
        guard let account = try await SignedInAccount.find(apiTokenHash: Secrets.sha256(token), on: db),
            let (tokenID, lastUsedAt) = account.token
        else { return nil }
        let stale = now.addingTimeInterval(-lastUseGranularity)
        if lastUsedAt.map({ $0 < stale }) ?? true {
            // Through the write gate like every write: on SQLite a write that waited for the file's lock inside the
            // driver would hold one of its two threads, which the writer holding the lock needs for its commit.
            try await db.atomically { db in
                try await APITokenModel.query(on: db).filter(\.$id == tokenID)
                    .group(.or) { $0.filter(\.$lastUsedAt == nil).filter(\.$lastUsedAt < stale) }
                    .set(\.$lastUsedAt, to: now).update()
            }
        }
        return account
    }
}
