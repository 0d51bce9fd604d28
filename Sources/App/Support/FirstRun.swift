import Fluent
import FluentKit
import Foundation
import MentoringCore
import NIOCore
import NIOPosix
import Persistence
import Vapor

/// On the first start without an administrator (an empty database, or one with only the demo loaded):
/// an administrator with a one-time password, printed to the console.
enum FirstRun {
    static let login = "admin"

    /// The first administrator has not signed in yet: the sign-in page may say where its password is printed.
    static func awaitsAdministrator(_ db: any Database) async throws -> Bool {
        try await AccountModel.query(on: db).filter(\.$login == login).filter(\.$lastSignInAt == nil).count() > 0
    }

    /// Returns the one-time password when an administrator was created now.
    static func ensureAdministrator(_ app: Application) async throws -> String? {
        guard try await GrantModel.query(on: app.db).filter(\.$role == Role.administrator.rawValue).count() == 0,
            try await AccountModel.query(on: app.db).filter(\.$login == login).count() == 0
        else { return nil }
        let password = Secrets.oneTimePassword()
        _ = try await AccountService(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).create(
            .init(
                login: login, password: password, displayName: "Администратор",
                grants: [Grant(role: .administrator, scope: .system)], mustChangePassword: true))
        return password
    }
}

/// Starts the app as `serve` expects it: migrations applied, an administrator present.
public func prepareForServing(_ app: Application) async throws {
    let password = try await app.startingAlone {
        try await app.autoMigrate()
        return app.config.bootstrapAdministrator ? try await FirstRun.ensureAdministrator(app) : nil
    }
    app.lifecycle.use(DailyRhythm())
    if app.config.deliversMailInBackground { app.lifecycle.use(MailWorker()) }
    if let password {
        let address = "http://\(app.config.hostname):\(app.config.port)"
        // On the console, not in the log: a log collector must not keep even a one-time password.
        FileHandle.standardError.write(
            Data(
                """

                ============================================================
                Первый запуск: создан администратор.
                  Адрес:  \(address)/login
                  Логин:  \(FirstRun.login)
                  Пароль: \(password)   (одноразовый: при входе задайте свой)
                ============================================================
                """.utf8))
    }
}

/// The entry point of the `nastavnik` executable.
/// The request handlers' asynchronous code runs on the event loops themselves, instead of hopping to Swift's own
/// thread pool and back at every database answer (a tenth of a read's time went to those thread switches).
public func runNastavnik() async throws {
    _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    var env = try Environment.detect()
    let config: AppConfig
    do {
        config = try AppConfig.from(environment: ProcessInfo.processInfo.environment)
    } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        exit(2)
    }
    if config.jsonLogs {
        try LoggingSystem.bootstrap(from: &env) { level in { JSONLogHandler(label: $0, level: level) } }
    } else {
        try LoggingSystem.bootstrap(from: &env)
    }
    let app = try await Application.make(env)
    do {
        try await configure(app, config)
        let command = CommandLine.arguments.dropFirst().first
        if command == nil || command == "serve" {
            try await prepareForServing(app)
        }
        try await app.execute()
    } catch let exit as ExitCode {
        try? await app.asyncShutdown()
        Foundation.exit(exit.code)
    } catch {
        let (message, status) = CommandFailure.report(error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        try? await app.asyncShutdown()
        Foundation.exit(status)
    }
    try await app.asyncShutdown()
}
