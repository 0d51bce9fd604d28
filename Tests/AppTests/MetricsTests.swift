import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// `/metrics`: off without a token, closed to anyone without it, and counting by route pattern, never by path.
@Suite struct MetricsTests {
    static let token = "metrics-token-for-tests-0123456789"

    @Test func theMetricsDoNotExistWithoutAToken() async throws {
        try await withApp { app, _ in
            let response = try await app.get("/metrics")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .json)
        }
    }

    @Test func theMetricsNeedTheToken() async throws {
        try await withApp(configured: { $0.metricsToken = Self.token }) { app, _ in
            for header in [nil, "Bearer wrong-token-of-some-length", "Basic \(Self.token)"] {
                var headers: HTTPHeaders = [:]
                if let header { headers.replaceOrAdd(name: .authorization, value: header) }
                let response = try await app.testing().sendRequest(.GET, "/metrics", headers: headers)
                #expect(response.status == .unauthorized, "\(header ?? "no header")")
                #expect(!response.body.string.contains("nastavnik_"))
            }
        }
    }

    @Test func requestsAreCountedByRoutePattern() async throws {
        try await withApp(configured: { $0.metricsToken = Self.token }) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let person = try #require(fixture.a.adult.id)
            for _ in 0..<3 { _ = try await app.api(.GET, "/people/\(person)", token: token) }
            _ = try await app.api(.GET, "/people/\(UUID())", token: token)
            _ = try await app.get("/no/such/page/\(UUID())")
            let text = try await Self.scrape(app)
            #expect(
                text.contains(#"nastavnik_http_requests_total{route="GET /api/v1/people/:personID",status="200"} 3"#))
            #expect(
                text.contains(#"nastavnik_http_requests_total{route="GET /api/v1/people/:personID",status="404"} 1"#))
            #expect(text.contains(#"nastavnik_http_requests_total{route="GET unmatched",status="404"} 1"#))
            let seconds = #"nastavnik_http_request_duration_seconds_count{route="GET /api/v1/people/:personID","#
            #expect(text.contains(seconds + #"status="200"} 3"#) && text.contains(seconds + #"status="404"} 1"#))
            #expect(!text.contains(person.uuidString), "a path's id is never a label")
            #expect(text.contains(#"nastavnik_mail_outbox_messages{status="queued"} "#))
            #expect(text.contains("nastavnik_database_pool_size "))
        }
    }

    @Test func matchingRunsAreCountedWithTheirDuration() async throws {
        try await withApp(configured: { $0.metricsToken = Self.token }) { app, _ in
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            let curator = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "school.curator").first())
            let token = try await app.apiToken(for: curator)
            let school = try #require(try await OrganizationModel.query(on: app.db).filter(\.$kind == .school).first())
            let program = try #require(
                try await ProgramModel.query(on: app.db).filter(\.$organization.$id == school.requireID()).first()?.id)
            let run = try await app.api(.POST, "/programs/\(program)/matching-runs", token: token, json: "{}")
            #expect(run.status == .created, "\(run.body.string)")
            // A run the engine refuses is not counted.
            let refused = try await app.api(
                .POST, "/programs/\(program)/matching-runs", token: token, json: #"{"hours": "-1"}"#)
            #expect(refused.status == .unprocessableEntity)
            let text = try await Self.scrape(app)
            #expect(text.contains(#"nastavnik_matching_runs_total{scope="program"} 1"#))
            #expect(text.contains(#"nastavnik_matching_run_duration_seconds_count{scope="program"} 1"#))
        }
    }

    static func scrape(_ app: Application) async throws -> String {
        let response = try await app.testing().sendRequest(
            .GET, "/metrics", headers: ["Authorization": "Bearer \(token)"])
        #expect(response.status == .ok)
        #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
        return response.body.string
    }
}
