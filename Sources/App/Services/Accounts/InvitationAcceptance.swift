import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The invitee's side: the page of the link, and its one acceptance. Nobody is signed in yet, so the audit rows
/// name the invitee's new account.
struct InvitationAcceptance {
    let db: any Database
    let clock: Clock
    let requestID: String
    let passwords: PasswordHashing

    struct Answer: Sendable {
        /// Chosen by an invitee without e-mail (a sign-in code); the others sign in with their address.
        var login: String?
        var password: String?
        var repeatPassword: String?
        var acceptsTerms: Bool
    }

    /// The pending invitation of a token, or why the link does not work.
    func pending(token: String) async throws -> (invitation: InvitationModel, existingAccount: AccountModel?) {
        // A printed code may come typed in lower case or with dashes.
        let hashes = [token, SignInCode.normalized(token)].compactMap { $0 }.map(Secrets.sha256)
        guard let invitation = try await InvitationModel.query(on: db).filter(\.$tokenHash ~~ hashes).first() else {
            throw DomainError.linkInvalid("Ссылка приглашения не найдена: проверьте, что она скопирована целиком.")
        }
        switch invitation.state(now: clock.now()) {
        case .pending: break
        case .accepted: throw DomainError.linkInvalid("Приглашение уже принято: войдите со своим логином и паролем.")
        case .revoked: throw DomainError.linkInvalid("Приглашение отозвано. Попросите прислать новое.")
        case .expired: throw DomainError.linkInvalid("Срок приглашения истёк. Попросите прислать новое.")
        }
        guard let email = invitation.email else { return (invitation, nil) }
        let existing = try await AccountModel.query(on: db).filter(\.$login == email).first()
        return (invitation, existing)
    }

    /// Accepts once: of two submissions at once, one creates the account and the other is told the link is used.
    /// An invitee who already has an account confirms it with its password and gets the role added.
    func accept(token: String, _ answer: Answer) async throws -> AccountModel {
        let (invitation, existing) = try await pending(token: token)
        var failure = ValidationFailure()
        var chosen = invitation.email ?? ""
        if invitation.email == nil {
            do { chosen = try Credentials.normalizedLogin(answer.login) } catch { failure.merge(error) }
            if !chosen.isEmpty, try await AccountModel.query(on: db).filter(\.$login == chosen).first() != nil {
                failure.add("login", "Такой логин уже занят: придумайте другой.")
            }
        }
        let login = chosen
        if let existing {
            if !(await passwords.verify(answer.password ?? "", against: existing.passwordHash)) {
                failure.add("password", "Пароль учётной записи \(existing.login) введён неверно.")
            }
        } else {
            do { try Credentials.validatePassword(answer.password) } catch { failure.merge(error) }
            if answer.password != answer.repeatPassword { failure.add("repeatPassword", "Пароли не совпадают.") }
        }
        if !answer.acceptsTerms { failure.add("acceptsTerms", "Примите условия использования, чтобы продолжить.") }
        try failure.throwIfAny()
        let hash = existing == nil ? try await passwords.hash(answer.password ?? "") : nil
        let now = clock.now()
        return try await db.atomically { db in
            guard
                try await OneTimeLinks(db: db).consume(
                    table: InvitationModel.schema, id: try invitation.requireID(),
                    usedColumn: "accepted_at", revokedColumn: "revoked_at",
                    now: now)
            else {
                throw DomainError.linkInvalid("Приглашение уже принято: войдите со своим логином и паролем.")
            }
            let account =
                existing
                ?? AccountModel(
                    login: login, passwordHash: hash ?? "",
                    displayName: invitation.displayName, mustChangePassword: false)
            if let email = invitation.email { account.email = email }
            account.termsAcceptedAt = now
            account.lastSignInAt = now
            if account.$person.id == nil { account.$person.id = invitation.personID }
            if account.$representative.id == nil { account.$representative.id = invitation.representativeID }
            do { try await account.save(on: db) } catch {
                throw DomainError.conflict("Учётная запись \(login) уже создана: войдите в неё.")
            }
            let held = try await GrantModel.query(on: db).filter(\.$account.$id == (try account.requireID())).all()
                .compactMap(
                    \.grant)
            if !held.contains(invitation.grant) {
                try await GrantModel(accountID: try account.requireID(), grant: invitation.grant).create(on: db)
            }
            try await InvitationModel.query(on: db).filter(\.$id == (try invitation.requireID())).set(
                \.$accountID, to: account.id
            )
            .update()
            let user = try await AccountService.currentUser(account, on: db)
            try await AuditLog(scope: RequestScope(db: db, user: user, requestID: requestID, clock: clock)).record(
                .grant, .account, objectID: account.id, personID: invitation.personID,
                organizationID: invitation.organizationID, role: invitation.role, fields: [invitation.role.rawValue])
            return account
        }
    }
}
