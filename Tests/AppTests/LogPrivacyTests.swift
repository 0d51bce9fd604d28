import Fluent
import FluentKit
import Foundation
import Logging
import MentoringCore
import NIOConcurrencyHelpers
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The log at the level `serve` runs at holds no one's name, e-mail or password, whatever the users did: signed
/// in and failed to, searched by name, read and created people, made mistakes. Each line is one JSON object.
@Suite struct LogPrivacyTests {
    static let wrongPassword = "Неверный-пароль-42"

    @Test func theLogHoldsNoNamesAddressesOrPasswords() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        var secrets: [String] = [DemoLoader.password, Self.wrongPassword]
        try await withApp { app, _ in
            app.logger = Logger(label: "captured") { label in
                JSONLogHandler(label: label, level: .info) { line in lines.withLockedValue { $0.append(line) } }
            }
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            let people = try await PersonModel.query(on: app.db).all()
            secrets += people.flatMap { [$0.surname + " " + $0.givenName, $0.surname] + [$0.email].compactMap { $0 } }
            try await Self.act(app, people: people)
            secrets += ["Логгерова Секретина", "sekretina@example.ru"]
        }
        // As typed and as they travel in addresses.
        secrets += secrets.compactMap { $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) }
        let log = lines.withLockedValue { $0 }
        #expect(log.count >= 11, "one line per request at least")
        for line in log {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String], "\(line)")
            #expect(object["time"] != nil && object["level"] != nil && object["message"] != nil)
            for secret in secrets where line.contains(secret) {
                Issue.record("the log holds «\(secret)»: \(line)")
            }
        }
        let requests = log.filter { $0.contains(#""message":"request""#) }
        #expect(requests.contains { $0.contains(#""route":"POST /login""#) && $0.contains(#""status":"303""#) })
        #expect(requests.allSatisfy { $0.contains("request-id") && $0.contains("duration_ms") })
    }

    /// What users do in a day: sign-ins right and wrong, a search by name, cards, API reads, writes and mistakes.
    private static func act(_ app: Application, people: [PersonModel]) async throws {
        for password in [wrongPassword, DemoLoader.password] {
            let (visitor, _) = try await Browser.visitor(app, opening: SiteURL.login.path)
            _ = try await app.post(
                SiteURL.login.path, as: visitor, form: [("login", "school.curator"), ("password", password)])
        }
        let curator = try #require(
            try await AccountModel.query(on: app.db).filter(\.$login == "school.curator").first())
        let browser = try await Browser.signedIn(app, as: curator)
        let school = try #require(try await OrganizationModel.query(on: app.db).filter(\.$kind == .school).first())
        let org = try school.requireID()
        let someone = try #require(people.first { $0.$organization.id == org })
        let search = someone.surname.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        _ = try await app.get(SiteURL.people(.id(org)).path + "?q=\(search)", as: browser)
        _ = try await app.get(SiteURL.person(.id(someone.requireID())).path, as: browser)
        let token = try await app.apiToken(for: curator)
        _ = try await app.api(.GET, "/people/\(someone.requireID())", token: token)
        _ = try await app.api(.GET, "/organizations/\(org)/people?search=\(search)", token: token)
        let person = #"{"surname":"Логгерова","givenName":"Секретина","email":"sekretina@example.ru","#
        _ = try await app.api(
            .POST, "/organizations/\(org)/people", token: token,
            json: person + #""birthDate":"1990-01-02","categories":["teacher"]}"#)
        _ = try await app.api(
            .POST, "/organizations/\(org)/people", token: token, json: person + #""birthDate":"31.02.1990"}"#)
        _ = try await app.api(.GET, "/people/\(UUID())", token: token)
    }
}
