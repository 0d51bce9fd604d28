import Fluent
import FluentKit
import Foundation
import Vapor

/// bcrypt off the event loop.
struct PasswordHashing: Sendable {
    let app: Application

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
