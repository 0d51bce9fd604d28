import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore
import Persistence

/// Password resets by an e-mailed one-time link (1 hour). Asking never tells whether an account exists; a reset
/// ends every session of the account.
struct PasswordResetService {
    let db: any Database
    let clock: Clock
    let requestID: String
    let passwords: PasswordHashing
    let outbox: Outbox?
    let link: @Sendable (String) -> String
    /// Links one account may be sent per hour: more would let anyone flood a mailbox.
    var hourlyLimit = 3

    /// Sends a link when the login or e-mail names an active account with an address; silent otherwise.
    func request(loginOrEmail: String) async throws {
        let key = loginOrEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, let outbox else { return }
        let account = try await AccountModel.query(on: db).group(.or) {
            $0.filter(\.$login == key).filter(\.$email == key)
        }
        .with(\.$person).first()
        guard let account, account.blockedAt == nil, account.mailAddress != nil else { return }
        let recent = try await PasswordResetModel.query(on: db).filter(\.$account.$id == (try account.requireID()))
            .filter(\.$createdAt > clock.now().addingTimeInterval(-3600)).count()
        guard recent < hourlyLimit else { return }
        _ = try await issue(for: account, outbox: outbox, requestedBy: nil)
    }

    /// A link made by an administrator or a manager of the account: e-mailed when mail is configured, and returned
    /// so that it can be handed over otherwise.
    func issue(for account: AccountModel, by scope: RequestScope) async throws -> String {
        let url = try await issue(for: account, outbox: outbox, requestedBy: scope.user.accountID)
        try await AuditLog(scope: scope).record(
            .update, .passwordReset, objectID: account.id,
            personID: account.$person.id, fields: ["password_reset"])
        return url
    }

    private func issue(for account: AccountModel, outbox: Outbox?, requestedBy: UUID?) async throws -> String {
        let token = Secrets.token()
        let reset = PasswordResetModel()
        reset.tokenHash = Secrets.sha256(token)
        reset.$account.id = (try account.requireID())
        reset.createdAt = clock.now()
        reset.expiresAt = clock.now().addingTimeInterval(InvitationState.passwordResetLifetime)
        let url = link(token)
        try await db.atomically { db in
            try await reset.create(on: db)
            if let outbox, let address = account.mailAddress {
                let body = MailBody(
                    greeting: "Здравствуйте, \(account.displayName)!",
                    paragraphs: ["Для учётной записи \(account.login) в системе «Наставник» запрошен сброс пароля."],
                    action: ("Задать новый пароль", url),
                    closing: [
                        "Ссылка действует один час и открывается один раз.",
                        "Если вы не просили сбросить пароль, ничего не делайте: пароль останется прежним.",
                    ])
                try await outbox.enqueue(
                    [
                        OutgoingMail(
                            kind: .passwordReset, address: address, recipientName: account.displayName,
                            subject: "Сброс пароля в «Наставнике»", text: body.text, html: body.html,
                            accountID: account.id, requestedBy: requestedBy)
                    ], on: db, now: clock.now())
            }
        }
        return url
    }

    /// The account of a usable link, or why it does not work.
    func account(token: String) async throws -> (PasswordResetModel, AccountModel) {
        guard
            let reset = try await PasswordResetModel.query(on: db).filter(\.$tokenHash == Secrets.sha256(token))
                .with(\.$account).first(),
            reset.usedAt == nil, reset.expiresAt > clock.now()
        else {
            throw DomainError.linkInvalid(
                "Ссылка для сброса пароля недействительна: она уже использована или прошёл час. "
                    + "Запросите новую.")
        }
        return (reset, reset.account)
    }

    /// Sets the new password once and ends every session of the account.
    func complete(token: String, password: String?, repeated: String?) async throws -> AccountModel {
        let (reset, account) = try await self.account(token: token)
        var failure = ValidationFailure()
        do { try Credentials.validatePassword(password) } catch { failure.merge(error) }
        if password != repeated { failure.add("repeatPassword", "Пароли не совпадают.") }
        try failure.throwIfAny()
        let hash = try await passwords.hash(password ?? "")
        let now = clock.now()
        try await db.atomically { db in
            guard
                try await OneTimeLinks(db: db).consume(
                    table: PasswordResetModel.schema, id: try reset.requireID(),
                    usedColumn: "used_at", revokedColumn: nil, now: now)
            else {
                throw DomainError.linkInvalid("Эта ссылка уже использована. Запросите новую.")
            }
            account.passwordHash = hash
            account.mustChangePassword = false
            try await account.save(on: db)
            try await WebSessionModel.query(on: db).filter(\.$account.$id == (try account.requireID())).delete()
            let user = try await AccountService.currentUser(account, on: db)
            try await AuditLog(scope: RequestScope(db: db, user: user, requestID: requestID, clock: clock)).record(
                .update, .account, objectID: account.id, personID: account.$person.id, fields: ["password"])
        }
        return account
    }
}
