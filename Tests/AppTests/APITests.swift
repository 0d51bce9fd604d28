import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite struct APITests {
    @Test func withoutATokenNothingIsAnswered() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let response = try await app.api(.GET, "/organizations", token: nil)
            #expect(response.status == .unauthorized)
            #expect(response.apiError?.code == "unauthorized")
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let scope = RequestScope(
                db: app.db, user: try await AccountService.currentUser(fixture.a.accounts[.curator]!, on: app.db),
                requestID: "t", clock: app.clock)
            let stored = try #require(try await APITokenModel.query(on: app.db).first())
            #expect(stored.tokenHash != token && stored.tokenHash == Secrets.sha256(token), "only the hash is stored")
            #expect(try await app.api(.GET, "/me", token: token).status == .ok)
            try await APITokenService(scope: scope).revoke(stored.id!)
            #expect(try await app.api(.GET, "/me", token: token).status == .unauthorized)
        }
    }

    @Test func createsReadsAndUpdatesAPerson() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let org = fixture.a.organization.id!
            let created = try await app.api(
                .POST, "/organizations/\(org)/people", token: token,
                json: """
                    {"surname":"Козлов","givenName":"Пётр","birthDate":"1990-01-02","categories":["teacher"],
                     "teachingExperienceYears":2,"isYoungSpecialist":true,"subjects":["Физика","Информатика"]}
                    """)
            #expect(created.status == .created)
            let person = try created.content.decode(PersonDTO.self)
            #expect(person.details.subjects == ["Физика", "Информатика"])
            #expect(person.consentStatus == .missing && !person.isMinor)
            let updated = try await app.api(
                .PUT, "/people/\(person.id)", token: token,
                json: """
                    {"surname":"Козлов","givenName":"Пётр","birthDate":"02.01.1990","categories":["teacher","head"],"position":"Завуч"}
                    """)
            #expect(updated.status == .ok)
            #expect(try updated.content.decode(PersonDTO.self).details.categories == [.teacher, .head])
            let page = try await app.api(.GET, "/organizations/\(org)/people?category=head", token: token).content
                .decode(PersonPageDTO.self)
            #expect(page.total == 1 && page.items.first?.details.position == "Завуч")
            let audit = try await app.api(.GET, "/audit?person=\(person.id)", token: token).content.decode(
                [AuditEntryDTO].self)
            #expect(
                audit.contains {
                    $0.action == "update" && $0.fields.contains("categories") && $0.fields.contains("position")
                })
        }
    }

    /// An employer's representative is answered with the employer just saved, on creation and after each edit.
    @Test func anAnswerNamesTheEmployerJustSaved() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            func person(_ partner: String?) -> String {
                let employer = partner.map { #","partnerName":"\#($0)""# } ?? ""
                return #"{"surname":"Инженеров","givenName":"Олег","birthDate":"1980-03-04","categories":["teacher"]"#
                    + employer + "}"
            }
            let created = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/people", token: token, json: person("АО «Завод»"))
            #expect(created.status == .created)
            let id = try created.content.decode(PersonDTO.self).id
            #expect(try created.content.decode(PersonDTO.self).details.partnerName == "АО «Завод»")
            for partner in ["ООО «Станок»", "АО «Завод»", nil] {
                let updated = try await app.api(.PUT, "/people/\(id)", token: token, json: person(partner))
                #expect(updated.status == .ok)
                #expect(try updated.content.decode(PersonDTO.self).details.partnerName == partner)
                let read = try await app.api(.GET, "/people/\(id)", token: token)
                #expect(try read.content.decode(PersonDTO.self).details.partnerName == partner)
            }
        }
    }

    @Test func badInputGets4xxWithFields() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let org = fixture.a.organization.id!
            let invalid = try await app.api(
                .POST, "/organizations/\(org)/people", token: token,
                json: #"{"surname":"","birthDate":"2030-01-01","categories":["alien"]}"#)
            #expect(invalid.status == .unprocessableEntity)
            let error = try #require(invalid.apiError)
            #expect(error.code == "validation_failed")
            #expect(Set(error.fields.keys) == ["surname", "givenName", "birthDate", "categories"])
            #expect(error.fields["birthDate"] == "Дата рождения не может быть в будущем.")

            let malformed = try await app.api(
                .POST, "/organizations/\(org)/people", token: token, json: #"{"surname": "#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.apiError?.code == "malformed_request")
            // A value of the wrong kind names its field, as any refused field does.
            let wrongType = try await app.api(
                .POST, "/organizations/\(org)/people", token: token, json: #"{"surname": 5}"#)
            #expect(wrongType.status == .unprocessableEntity)
            #expect(wrongType.apiError?.fields["surname"]?.contains("ожидается текст") == true)
            let object = try await app.api(
                .POST, "/organizations/\(org)/people", token: token,
                json: #"{"surname": "Иванова", "teachingExperienceYears": {}}"#)
            #expect(object.status == .unprocessableEntity)
            #expect(object.apiError?.fields["teachingExperienceYears"] != nil)

            let minor = fixture.a.minor.id!
            let selfSigned = try await app.api(
                .POST, "/people/\(minor)/consents", token: token,
                json: """
                    {"kind":"participation","purpose":"Программа","signedBy":"subject","signedOn":"2026-11-01","text":"Согласие"}
                    """)
            #expect(selfSigned.status == .unprocessableEntity)
            #expect(selfSigned.apiError?.fields["signedBy"] != nil)
            let signed = try await app.api(
                .POST, "/people/\(minor)/consents", token: token,
                json: """
                    {"kind":"participation","purpose":"Программа","signedBy":"\(fixture.a.representative.id!)","signedOn":"2026-11-01","text":"Согласие"}
                    """)
            #expect(signed.status == .created)
            let person = try await app.api(.GET, "/people/\(minor)", token: token).content.decode(PersonDTO.self)
            #expect(person.consentStatus == .valid)
        }
    }

    @Test func organizationsAreThoseOfTheGrants() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let seen = try await app.api(.GET, "/organizations", token: coordinator).content.decode(
                [OrganizationDTO].self)
            #expect(seen.map(\.details.shortName) == ["Школа a"])
            #expect(seen.first?.municipality == "Район a")
            let admin = try await app.apiToken(for: fixture.admin)
            #expect(
                try await app.api(.GET, "/organizations", token: admin).content.decode([OrganizationDTO].self).count
                    == 2)
        }
    }

    @Test func aCoordinatorCannotWriteThroughTheAPI() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let response = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/people", token: token, json: "{}")
            #expect(response.status == .forbidden)
            #expect(response.apiError?.code == "forbidden")
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        try await withApp { app, _ in
            let response = try await app.api(.GET, "/openapi.json", token: nil)
            #expect(response.status == .ok)
            let document = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
            let paths = try #require(document?["paths"] as? [String: [String: Any]])
            let apiRoutes = app.routes.all.filter { $0.path.starts(with: ["api", "v1"]) }
            #expect(apiRoutes.count >= 14)
            for route in apiRoutes {
                let path =
                    "/"
                    + route.path.dropFirst(2).map { component -> String in
                        if case .parameter(let name) = component { return "{\(name)}" }
                        return component.description
                    }.joined(separator: "/")
                let method = route.method.rawValue.lowercased()
                #expect(paths[path]?[method] != nil, "\(method.uppercased()) \(path) is missing from openapi.json")
            }
        }
    }

    /// A known address with the wrong method is a 405 naming the methods; an unknown address stays a 404.
    @Test func aWrongMethodIs405AndAnUnknownAddress404() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let person = "/people/\(fixture.a.adult.id!)"
            let wrong = try await app.api(.DELETE, person, token: token)
            #expect(wrong.status == .methodNotAllowed)
            #expect(wrong.apiError?.code == "method_not_allowed")
            #expect(wrong.headers.first(name: .allow) == "GET, PUT")
            #expect(try await app.api(.GET, "/people/\(fixture.a.adult.id!)/nothing", token: token).status == .notFound)
            let missing = try await app.api(.GET, "/people/\(UUID())", token: token)
            #expect(missing.status == .notFound, "a handler's 404 stays")
            let page = try await app.testing().sendRequest(.PUT, SiteURL.login.path)
            #expect(page.status == .methodNotAllowed)
        }
    }

    /// Query parameters and a body's fields are held to the document: a value outside it is a 422 naming it.
    @Test func valuesOutsideTheDocumentAreRefusedByName() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let people = "/organizations/\(fixture.a.organization.id!)/people"
            for (query, field) in [("page=0", "page"), ("category=alien", "category"), ("page=1&page=2", "page")] {
                let refused = try await app.api(.GET, people + "?" + query, token: token)
                #expect(refused.status == .unprocessableEntity, "\(query)")
                #expect(refused.apiError?.fields[field] != nil, "\(query)")
            }
            #expect(try await app.api(.GET, "/audit?to=", token: token).apiError?.fields["to"] != nil)
            #expect(try await app.api(.GET, people + "?page=1&unknown=x", token: token).status == .ok)
            let report = try await app.api(
                .POST, "/mentorships/\(fixture.a.bases.mentorship)/report", token: token,
                json: #"{"results": "Итоги", "action": "publish"}"#)
            #expect(report.status == .unprocessableEntity)
            #expect(report.apiError?.fields["action"]?.contains("save, submit") == true)
        }
    }
}
