import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik api-token --login ivanova --name "Выгрузка в 1С"`: a new API token of an account, printed once — for
/// an integration set up from the server, where nobody signs in to the account page.
struct APITokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "login", help: "Login of the account the token acts as") var login: String?
        @Option(name: "name", help: "What the token is for, shown on the account page") var name: String?
    }

    var help: String { "Creates an API token for an account and prints it (once)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let login = signature.login,
            let account = try await AccountModel.query(on: app.db).filter(\.$login == login).first()
        else {
            throw ValidationFailure(fields: ["login": "Нет учётной записи с таким логином."])
        }
        guard account.blockedAt == nil else {
            throw ValidationFailure(fields: ["login": "Учётная запись заблокирована."])
        }
        let user = try await AccountService.currentUser(account, on: app.db)
        let scope = RequestScope(db: app.db, user: user, requestID: "console-api-token", clock: app.clock)
        context.console.print(try await APITokenService(scope: scope).create(name: signature.name))
    }
}
