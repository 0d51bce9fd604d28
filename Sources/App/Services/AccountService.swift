import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Accounts, grants and passwords.
struct AccountService {
    let scope: RequestScope
    let passwords: PasswordHashing

    struct NewAccount: Sendable {
        var login: String
        var password: String
        var displayName: String
        var grants: [Grant]
        var personID: UUID? = nil
        var representativeID: UUID? = nil
        var mustChangePassword = false
    }

    /// Creates an account with its grants; the grants are audited, the password never is.
    func create(_ new: NewAccount) async throws -> AccountModel {
        var failure = ValidationFailure()
        var login = ""
        do { login = try Credentials.normalizedLogin(new.login) } catch { failure = error }
        do { try Credentials.validatePassword(new.password) } catch { failure.merge(error) }
        if new.displayName.trimmingCharacters(in: .whitespaces).isEmpty {
            failure.add("displayName", "Укажите имя пользователя.")
        }
        if new.grants.isEmpty { failure.add("role", "Выберите роль.") }
        if new.grants.contains(where: { !$0.isConsistent }) {
            failure.add("role", "Роль не соответствует области действия.")
        }
        if !login.isEmpty, try await AccountModel.query(on: scope.db).filter(\.$login == login).first() != nil {
            failure.add("login", "Такой логин уже занят.")
        }
        try failure.throwIfAny()
        let account = AccountModel(
            login: login, passwordHash: try await passwords.hash(new.password),
            displayName: new.displayName, mustChangePassword: new.mustChangePassword)
        account.$person.id = new.personID
        account.$representative.id = new.representativeID
        try await scope.db.atomically { db in
            try await account.create(on: db)
            for grant in new.grants {
                try await GrantModel(accountID: try account.requireID(), grant: grant).create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .grant, .account, objectID: account.id, personID: new.personID,
                organizationID: new.grants.compactMap(\.organizationID).first,
                fields: new.grants.map { $0.role.rawValue })
        }
        return account
    }

    /// Changes the password and ends the account's other sessions; the session `keeping` goes on.
    func changePassword(accountID: UUID, current: String, new: String, repeated: String, keeping: UUID?) async throws {
        guard let account = try await AccountModel.find(accountID, on: scope.db) else { throw DomainError.notFound }
        var failure = ValidationFailure()
        if !(await passwords.verify(current, against: account.passwordHash)) {
            failure.add("currentPassword", "Текущий пароль введён неверно.")
        }
        do { try Credentials.validatePassword(new, field: "newPassword") } catch { failure.merge(error) }
        if new != repeated { failure.add("repeatPassword", "Пароли не совпадают.") }
        try failure.throwIfAny()
        account.passwordHash = try await passwords.hash(new)
        account.mustChangePassword = false
        try await scope.db.atomically { db in
            try await account.save(on: db)
            var others = WebSessionModel.query(on: db).filter(\.$account.$id == accountID)
            if let keeping { others = others.filter(\.$id != keeping) }
            try await others.delete()
            try await AuditLog(scope: scope.on(db)).record(.update, .account, objectID: accountID, fields: ["password"])
        }
    }

    /// The user of a signed-in request.
    static func currentUser(_ account: SignedInAccount) -> CurrentUser {
        CurrentUser(
            accountID: account.id, login: account.login, displayName: account.displayName, grants: account.grants,
            personID: account.personID, representativeID: account.representativeID,
            mustChangePassword: account.mustChangePassword)
    }

    /// The user as services see them, built from the account and its grants.
    static func currentUser(_ account: AccountModel, on db: any Database) async throws -> CurrentUser {
        let grants = try await GrantModel.query(on: db).filter(\.$account.$id == (try account.requireID())).all()
            .compactMap(\.grant)
        return CurrentUser(
            accountID: account.id, login: account.login, displayName: account.displayName, grants: grants,
            personID: account.$person.id, representativeID: account.$representative.id,
            mustChangePassword: account.mustChangePassword)
    }
}

extension Grant {
    var organizationID: UUID? {
        if case .organization(let id) = scope { return id.rawValue }
        return nil
    }
}
