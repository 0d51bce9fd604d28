import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The accounts a user manages: the administrator all; a coordinator those with roles in their territory; a head
/// or a curator those with roles in their organization. Blocking, unblocking and roles follow `GrantPolicy`.
struct AccountDirectory {
    let scope: RequestScope

    struct Filter: Sendable {
        var query: String?
        var role: Role?
        var state: AccountState?
    }

    struct Entry: Sendable {
        var account: AccountModel
        var grants: [(id: UUID, grant: Grant)]
        var state: AccountState
    }

    func list(_ filter: Filter, limit: Int = 200) async throws -> (entries: [Entry], territory: TerritoryLoader.Loaded)
    {
        let territory = try await TerritoryLoader(db: scope.db).load()
        let grants = try await GrantModel.query(on: scope.db).all()
        var byAccount: [UUID: [(UUID, Grant)]] = [:]
        for model in grants {
            if let grant = model.grant {
                byAccount[model.$account.id, default: []].append(((try model.requireID()), grant))
            }
        }
        let visibleIDs = byAccount.filter { _, held in
            held.contains { GrantPolicy.allows(scope.user.grants, toGive: $0.1, in: territory.map) }
        }.map(\.key)
        var query = AccountModel.query(on: scope.db).with(\.$person).sort(\.$displayName)
        if !scope.user.isAdministrator { query = query.filter(\.$id ~~ visibleIDs) }
        if let text = filter.query?.trimmingCharacters(in: .whitespaces).lowercased(), !text.isEmpty {
            query = query.group(.or) {
                $0.filter(\.$login ~~ text).filter(\.$displayName ~~ text).filter(\.$email ~~ text)
            }
        }
        if filter.state == .blocked { query = query.filter(\.$blockedAt != nil) }
        if filter.state == .active { query = query.filter(\.$blockedAt == nil) }
        let entries = try await query.all().compactMap { account -> Entry? in
            let held = byAccount[(try account.requireID())] ?? []
            if let role = filter.role, !held.contains(where: { $0.1.role == role }) { return nil }
            return Entry(
                account: account, grants: held.map { (id: $0.0, grant: $0.1) },
                state: account.blockedAt == nil ? .active : .blocked)
        }
        return (Array(entries.prefix(limit)), territory)
    }

    /// One account the user manages; 404 for the others.
    func managed(_ id: UUID) async throws -> (entry: Entry, territory: TerritoryLoader.Loaded) {
        let territory = try await TerritoryLoader(db: scope.db).load()
        guard let account = try await AccountModel.query(on: scope.db).filter(\.$id == id).with(\.$person).first()
        else {
            throw DomainError.notFound
        }
        let held = try await GrantModel.query(on: scope.db).filter(\.$account.$id == id).all()
            .compactMap { model in try model.grant.map { (id: try model.requireID(), grant: $0) } }
        let visible =
            scope.user.isAdministrator
            || held.contains { GrantPolicy.allows(scope.user.grants, toGive: $0.grant, in: territory.map) }
        guard visible else { throw DomainError.notFound }
        return (Entry(account: account, grants: held, state: account.blockedAt == nil ? .active : .blocked), territory)
    }

    /// Blocks or unblocks; a block ends the account's sessions at once. Nobody blocks themselves.
    func setBlocked(_ id: UUID, _ blocked: Bool) async throws {
        let (entry, territory) = try await managed(id)
        guard GrantPolicy.manages(scope.user.grants, account: entry.grants.map(\.grant), in: territory.map),
            id != scope.user.accountID
        else { throw DomainError.forbidden }
        try await scope.db.atomically { db in
            try await AccountModel.query(on: db).filter(\.$id == id)
                .set(\.$blockedAt, to: blocked ? scope.now : nil).update()
            if blocked { try await WebSessionModel.query(on: db).filter(\.$account.$id == id).delete() }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .account, objectID: id,
                personID: entry.account.$person.id, fields: ["blocked"])
        }
    }

    /// Adds a role the user may give; a role the account holds already is not doubled.
    func grant(_ role: Role?, at place: GrantScope?, to id: UUID) async throws {
        let (entry, territory) = try await managed(id)
        var failure = ValidationFailure()
        if role == nil {
            failure.add("role", "Выберите роль: " + Role.allCases.map(\.title).joined(separator: ", ") + ".")
        }
        if place == nil { failure.add("scope", "Выберите, где действует роль.") }
        try failure.throwIfAny()
        let grant = Grant(role: role!, scope: place!)
        guard grant.isConsistent else {
            throw ValidationFailure(fields: [
                "scope": "Роль «\(grant.role.title)» так не выдаётся: "
                    + InvitationService.scopeHint(grant.role) + "."
            ])
        }
        guard GrantPolicy.allows(scope.user.grants, toGive: grant, in: territory.map) else {
            throw ValidationFailure(fields: ["role": "Вы не можете выдать эту роль здесь."])
        }
        guard !entry.grants.contains(where: { $0.grant == grant }) else { return }
        try await scope.db.atomically { db in
            try await GrantModel(accountID: id, grant: grant).create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .grant, .account, objectID: id, personID: entry.account.$person.id,
                organizationID: grant.organizationID, fields: [grant.role.rawValue])
        }
    }

    /// Takes back a role the user could have given.
    func revoke(grant grantID: UUID, from id: UUID) async throws {
        let (entry, territory) = try await managed(id)
        guard let held = entry.grants.first(where: { $0.id == grantID }) else { throw DomainError.notFound }
        guard GrantPolicy.allows(scope.user.grants, toGive: held.grant, in: territory.map),
            !(id == scope.user.accountID && held.grant.role == .administrator)
        else { throw DomainError.forbidden }
        try await scope.db.atomically { db in
            try await GrantModel.query(on: db).filter(\.$id == grantID).delete()
            try await AuditLog(scope: scope.on(db)).record(
                .revoke, .account, objectID: id, personID: entry.account.$person.id,
                organizationID: held.grant.organizationID,
                fields: [held.grant.role.rawValue])
        }
    }
}
