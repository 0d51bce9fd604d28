import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik create-user --login ivanova --name "Иванова М. П." --role curator --organization <id>`
struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "login", help: "Login: e-mail or username") var login: String?
        @Option(name: "name", help: "Display name") var name: String?
        @Option(
            name: "role",
            help: "administrator, authority_coordinator, head, curator, mentor, mentee, legal_representative")
        var role: String?
        @Option(name: "organization", help: "Organization id (for head, curator, mentor, mentee, legal_representative)")
        var organization: String?
        @Option(name: "municipality", help: "Municipality id (for authority_coordinator)") var municipality: String?
        @Option(name: "region", help: "Region id (for authority_coordinator)") var region: String?
        @Option(name: "password", help: "Password; a one-time password is generated when omitted") var password: String?
    }

    var help: String { "Creates an account with one role. Without --password prints a one-time password." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let role = signature.role.flatMap(Role.init(rawValue:)) else {
            context.console.error("--role: one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            throw ExitCode(1)
        }
        let scope: GrantScope
        switch GrantScope.fromConsole(
            organization: signature.organization, municipality: signature.municipality,
            region: signature.region)
        {
        case .success(let place): scope = place
        case .failure(let problem): throw usage(context, problem.message)
        }
        guard Grant(role: role, scope: scope).isConsistent else {
            throw usage(
                context,
                role == .administrator
                    ? "--role administrator: без --organization, --municipality и --region"
                    : role == .authorityCoordinator
                        ? "--role \(role.rawValue): укажите --municipality ID или --region ID"
                        : "--role \(role.rawValue): укажите --organization ID")
        }
        let password = signature.password ?? Secrets.oneTimePassword()
        let service = AccountService(scope: app.consoleScope(), passwords: PasswordHashing(app: app))
        do {
            let account = try await service.create(
                .init(
                    login: signature.login ?? "", password: password,
                    displayName: signature.name ?? signature.login ?? "",
                    grants: [Grant(role: role, scope: scope)], mustChangePassword: signature.password == nil))
            context.console.print("Создана учётная запись \(account.login) (\(role.title)).")
            if signature.password == nil { context.console.print("Одноразовый пароль: \(password)") }
        } catch let failure as ValidationFailure {
            for (field, message) in failure.fields.sorted(by: { $0.key < $1.key }) {
                context.console.error("\(field): \(message)")
            }
            throw ExitCode(1)
        }
    }

    private func usage(_ context: CommandContext, _ message: String) -> ExitCode {
        context.console.error(message)
        return ExitCode(1)
    }
}

extension GrantScope {
    struct ConsoleProblem: Error { var message: String }

    /// The place named by `--organization`, `--municipality` or `--region` (the first given), or the whole system.
    static func fromConsole(
        organization: String?, municipality: String?,
        region: String?
    ) -> Result<GrantScope, ConsoleProblem> {
        let options = [("organization", organization), ("municipality", municipality), ("region", region)]
        for (kind, value) in options {
            guard let value else { continue }
            guard let scope = GrantScope(token: kind + ":" + value) else {
                return .failure(ConsoleProblem(message: "--\(kind): not an id"))
            }
            return .success(scope)
        }
        return .success(.system)
    }
}

/// Exits the process with a code, after the message was printed.
struct ExitCode: Error {
    var code: Int32
    init(_ code: Int32) { self.code = code }
}
