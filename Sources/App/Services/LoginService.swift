import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

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
        // The attempt is written before anything is counted, as a failure until the password proves right: of
        // many guesses at once each sees the ones written before it, so no more than the limit get through.
        let attempt = LoginAttemptModel(login: String(login.prefix(100)), address: address, succeeded: false, at: now)
        try await attempt.create(on: db)
        let failures = try await LoginAttemptModel.query(on: db)
            .filter(\.$succeeded == false).filter(\.$at >= since).filter(\.$id != (try attempt.requireID()))
            .group(.or) { $0.filter(\.$login == login).filter(\.$address == address) }
            .all()
        let byLogin = failures.filter { $0.login == login }.map(\.at)
        let byAddress = failures.filter { $0.address == address }.map(\.at)
        let waits = [byLogin, byAddress].compactMap { throttle.retryAfter(failures: $0, now: now) }
        if let until = waits.max() { return .throttled(until: until) }

        let account = try await AccountModel.query(on: db).filter(\.$login == login).first()
        // The same bcrypt work for a login that does not exist, so the time of the answer does not tell; bcrypt
        // would read only 72 bytes of a longer password, so such a password never matches.
        let matches: Bool
        if let account {
            matches = await passwords.verify(password, against: account.passwordHash)
        } else {
            matches = await passwords.verifyDecoy(password)
        }
        let valid = matches && password.utf8.count <= Credentials.maxPasswordBytes
        if valid {
            attempt.succeeded = true
            try await attempt.save(on: db)
        }
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
