import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Signs people in, with throttling per login and per address kept in the database (any node sees it).
struct LoginService {
    let db: any Database
    let clock: Clock
    let passwords: PasswordHashing
    var throttle = LoginThrottle()

    enum Outcome {
        case signedIn(AccountModel)
        case rejected
        /// The password was right, but the account is blocked.
        case blocked
        case throttled(until: Date)
    }

    func signIn(login rawLogin: String, password: String, address: String) async throws -> Outcome {
        let login = rawLogin.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now()
        let since = now.addingTimeInterval(-throttle.window)
        let failures = try await LoginAttemptModel.query(on: db)
            .filter(\.$succeeded == false).filter(\.$at >= since)
            .group(.or) { $0.filter(\.$login == login).filter(\.$address == address) }
            .all()
        let byLogin = failures.filter { $0.login == login }.map(\.at)
        let byAddress = failures.filter { $0.address == address }.map(\.at)
        let waits = [throttle.retryAfter(failures: byLogin, now: now), throttle.retryAfter(failures: byAddress, now: now)].compactMap { $0 }
        if let until = waits.max() { return .throttled(until: until) }

        let account = try await AccountModel.query(on: db).filter(\.$login == login).first()
        let valid: Bool
        if let account { valid = await passwords.verify(password, against: account.passwordHash) } else { valid = false }
        try await LoginAttemptModel(login: String(login.prefix(100)), address: address, succeeded: valid, at: now).create(on: db)
        // Attempts older than the window no longer count: keep the table as small as the rule needs.
        try await LoginAttemptModel.query(on: db).filter(\.$at < since).delete()
        if valid, let account {
            guard account.blockedAt == nil else { return .blocked }
            account.lastSignInAt = now
            try await account.save(on: db)
            return .signedIn(account)
        }
        return .rejected
    }
}
