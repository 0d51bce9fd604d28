import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Two people editing one person: the second save does not silently overwrite the first — it answers 409 with the
/// data stored now, keeps what was typed, and saves on a second, deliberate click.
@Suite struct EditVersionTests {
    static func form(surname: String, version: String?) -> [(String, String)] {
        [("surname", surname), ("givenName", "Анна"), ("birthDate", "10.05.1980"), ("categories[]", "teacher")]
            + (version.map { [("version", $0)] } ?? [])
    }

    @Test func theSecondEditorSeesTheFirstsChangeInsteadOfOverwritingIt() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = SiteURL.editPerson(.id(fixture.a.adult.id!)).path
            let first = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let second = try await Browser.signedIn(app, as: fixture.a.accounts[.head]!)
            #expect(try await app.get(path, as: second).body.string.contains(#"name="version" value="1""#))
            let early = try await app.post(path, as: first, form: Self.form(surname: "Первова", version: "1"))
            #expect(early.status == .seeOther)
            let late = try await app.post(path, as: second, form: Self.form(surname: "Вторая", version: "1"))
            #expect(late.status == .conflict)
            let page = late.body.string
            #expect(page.contains("изменил другой пользователь"))
            #expect(page.contains("Сейчас сохранено: Фамилия — «Первова»"))
            #expect(page.contains(#"value="Вторая""#), "what was typed stays in the form")
            #expect(page.contains(#"name="version" value="2""#))
            #expect(try await PersonModel.find(fixture.a.adult.id, on: app.db)?.surname == "Первова")
            // Saving again from the page that showed the conflict is deliberate and lands.
            let again = try await app.post(path, as: second, form: Self.form(surname: "Вторая", version: "2"))
            #expect(again.status == .seeOther)
            #expect(try await PersonModel.find(fixture.a.adult.id, on: app.db)?.surname == "Вторая")
            // A damaged version matches none.
            for damaged in ["abc", "99999999999999999999999", "-1"] {
                let refused = try await app.post(path, as: first, form: Self.form(surname: "Порча", version: damaged))
                #expect(refused.status == .conflict)
            }
        }
    }

    @Test func theAPIUsesTheVersionAsItsEntityTag() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let path = "/people/\(fixture.a.adult.id!)"
            let shown = try await app.api(.GET, path, token: token)
            #expect(shown.headers.first(name: .eTag) == "\"1\"")
            let body =
                #"{"surname": "Первова", "givenName": "Анна", "birthDate": "1980-05-10", "#
                + #""categories": ["teacher"]}"#
            var headers: HTTPHeaders = ["If-Match": "\"1\"", "Content-Type": "application/json"]
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let saved = try await app.testing().sendRequest(
                .PUT, "/api/v1" + path, headers: headers,
                body: ByteBuffer(string: body))
            #expect(saved.status == .ok && saved.headers.first(name: .eTag) == "\"2\"")
            let other = body.replacingOccurrences(of: "Первова", with: "Вторая")
            let stale = try await app.testing().sendRequest(
                .PUT, "/api/v1" + path, headers: headers,
                body: ByteBuffer(string: other))
            #expect(stale.status == .conflict)
            let conflict = try stale.content.decode(EditConflictBody.self)
            #expect(conflict.error.code == "edit_conflict" && conflict.current.details.surname == "Первова")
            #expect(conflict.current.version == 2)
            let plain = try await app.api(.PUT, path, token: token, json: body)
            #expect(plain.status == .ok, "without If-Match: the stored version")
        }
    }

    /// Six saves from one version at once: one lands, five are told; on both databases.
    @Test func sixEditsFromOneVersionAtOnceLandOnce() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let scope = app.consoleScope()
            let outcomes = try await ParallelRequestTests().atOnce(6) { index -> Bool in
                var input = PersonInput(try await PersonModel.find(fixture.a.adult.id, on: app.db)!.details)
                input.surname = "Правка\(index)"
                do {
                    try await PeopleService(scope: scope).update(fixture.a.adult.id!, input: input, version: 1)
                    return true
                } catch is EditConflict {
                    return false
                }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await PersonModel.find(fixture.a.adult.id, on: app.db)?.version == 2)
            // The refused edits leave no audit row: each was written in its edit's transaction, before the update.
            let edits = try await AuditEntryModel.query(on: app.db).filter(\.$personID == fixture.a.adult.id)
                .filter(\.$action == "update").count()
            #expect(edits == 1)
        }
    }
}
