import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The OpenAPI document is the contract: every JSON answer of every `GET` in it, called on the fixture, has exactly
/// the declared shape — no undeclared field, no missing required one, every value of its declared type.
@Suite struct APIContractTests {
    /// An id of the fixture for each path parameter; a few names mean different things under different paths.
    static func fill(_ path: String, _ side: Fixture.Side) -> String {
        let ids = side.bases
        var values: [String: String] = [
            "organizationID": "\(side.organization.id!)", "personID": "\(side.adult.id!)",
            "roadmapID": "\(side.roadmap.roadmap)", "programID": "\(ids.program)", "surveyID": "\(ids.survey)",
            "municipalityID": "\(side.municipality.id!)", "mentorshipID": "\(ids.mentorship)",
            "orderID": "\(ids.order)",
            "accountID": "\(side.accounts[.mentor]!.id!)", "runID": "\(ids.matchingRun)",
            "partnerID": "\(side.partner)", "eventID": "\(side.event)", "trainingID": "\(side.training)",
            "contestID": "\(side.contest)", "applicationID": "\(side.contestApplication)",
            "practiceID": "\(side.practice)", "newsID": "\(side.news)",
        ]
        if path.hasPrefix("/mentor-profiles") { values["profileID"] = "\(ids.mentor)" }
        if path.hasPrefix("/mentee-profiles") { values["profileID"] = "\(ids.mentee)" }
        if path.hasPrefix("/municipal-matching-runs") { values["runID"] = "\(side.municipalMatchingRun)" }
        return values.reduce(path) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The account that may read a path: the municipality's coordinator for its pages, the curator for the rest.
    static func reader(of path: String) -> Role {
        ["/municipal", "/trainings", "/contests"].contains(where: path.hasPrefix)
            ? .authorityCoordinator : path == "/regions" ? .administrator : .curator
    }

    @Test func everyJSONAnswerHasTheDeclaredShape() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let document = try JSONTree.parse(try await app.api(.GET, "/openapi.json", token: nil).body.string)
            guard case .object(let schemas)? = document["components"]?["schemas"] else {
                Issue.record("no schemas")
                return
            }
            let check = SchemaCheck(schemas: schemas)
            var tokens: [Role: String] = [:]
            for role in [Role.curator, .authorityCoordinator] {
                tokens[role] = try await app.apiToken(for: fixture.a.accounts[role]!)
            }
            tokens[.administrator] = try await app.apiToken(for: fixture.admin)
            var checked = 0
            for op in OpenAPIDocument.operations
            where op.method == "get" && op.produces == ["application/json"]
                && op.path != "/openapi.json"
            {
                // A required query parameter gets its first declared value.
                let query = op.query.filter { op.requiredQuery.contains($0.name) }.map { item in
                    "\(item.name)=" + (JSONTree.declaredValues(item.schema).first ?? "")
                }
                let path = Self.fill(op.path, fixture.a) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
                let response = try await app.api(.GET, path, token: tokens[Self.reader(of: op.path)])
                #expect(response.status.code == UInt(op.status), "GET \(path): \(response.status)")
                guard response.status == .ok else { continue }
                let body = try JSONTree.parse(response.body.string)
                let schema = try JSONDecoder().decode(JSONTree.self, from: try JSONEncoder().encode(op.response))
                let problems = check.problems(body, schema, at: op.path)
                #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
                checked += 1
            }
            #expect(checked > 30)
        }
    }
}
