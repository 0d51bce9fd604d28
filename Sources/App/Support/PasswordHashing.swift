import Fluent
import FluentKit
import Foundation
import Vapor

/// bcrypt off the event loop.
struct PasswordHashing: Sendable {
    let app: Application

    private struct DecoyKey: StorageKey { typealias Value = String }

    /// Makes, at start and with the app's own cost, the hash of a random password nobody knows: sign-in verifies
    /// against it for a login that has no account, so the answer takes as long as for one that has.
    static func prepareDecoy(for app: Application) throws {
        app.storage[DecoyKey.self] = try app.password.hash(UUID().uuidString)
    }

    /// `verify` against the decoy: always `false`, in the same time.
    func verifyDecoy(_ password: String) async -> Bool {
        guard let decoy = app.storage[DecoyKey.self] else { return false }
        _ = await verify(password, against: decoy)
        return false
    }

    func hash(_ password: String) async throws -> String {
        let app = app
        return try await app.threadPool.runIfActive { try app.password.hash(password) }
    }

    /// `false` for a wrong password and for anything bcrypt cannot read.
    func verify(_ password: String, against hash: String) async -> Bool {
        let app = app
        return (try? await app.threadPool.runIfActive { try app.password.verify(password, created: hash) }) ?? false
    }
}

extension Request {
    var passwords: PasswordHashing { PasswordHashing(app: application) }
}
