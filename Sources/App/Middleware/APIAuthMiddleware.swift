import Fluent
import FluentKit
import Foundation
import Persistence
import Vapor

/// The API takes a bearer token created on the account page; without one it answers 401.
struct APIAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.headers.bearerAuthorization?.token,
            let account = try await APITokenService.account(for: token, on: request.db, now: request.clock.now())
        else {
            throw Abort(.unauthorized, reason: "Нужен действующий API-токен в заголовке Authorization: Bearer …")
        }
        request.currentUser = AccountService.currentUser(account)
        return try await next.respond(to: request)
    }
}
