import Fluent
import FluentKit
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// The load balancer's checks answer without a session, in JSON, and `ready` fails while the schema is behind.
@Suite struct HealthTests {
    @Test func liveAndReadyAnswerWithoutSignIn() async throws {
        try await withApp { app, _ in
            let live = try await app.get("/health/live")
            #expect(live.status == .ok)
            #expect(live.body.string == #"{"status":"live"}"#)
            let ready = try await Self.ready(app)
            #expect(ready.status == .ok)
            let body = try ready.content.decode(HealthController.Ready.self)
            #expect(body.status == "ready" && body.database == "ok")
            #expect(body.migrations?.applied == Migrations.all.count)
            #expect(body.migrations?.pending == [])
            #expect(ready.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test func readyFailsWhileAMigrationIsPending() async throws {
        try await withApp { app, _ in
            let last = try #require(Migrations.all.last?.name)
            try await (app.db as! any SQLDatabase).delete(from: "_fluent_migrations").where("name", .equal, last).run()
            let ready = try await Self.ready(app)
            #expect(ready.status == .serviceUnavailable)
            let body = try ready.content.decode(HealthController.Ready.self)
            #expect(body.status == "not_ready")
            #expect(body.migrations?.pending == [last])
        }
    }

    @Test func readyFailsWhenTheDatabaseHoldsANewerSchema() async throws {
        try await withApp { app, _ in
            try await (app.db as! any SQLDatabase).insert(into: "_fluent_migrations")
                .columns("id", "name", "batch", "created_at", "updated_at")
                .values(SQLBind(UUID()), SQLBind("App.FromANewerBuild"), SQLBind(99), SQLBind(Date()), SQLBind(Date()))
                .run()
            let ready = try await Self.ready(app)
            #expect(ready.status == .serviceUnavailable)
            #expect(
                try ready.content.decode(HealthController.Ready.self).migrations?.unknown == ["App.FromANewerBuild"])
        }
    }

    /// The readiness answer. On a loaded CI machine the database may miss the check's two-second bound once (the
    /// answer then says it is unavailable); a balancer asks again, and so does this, up to five times.
    static func ready(_ app: Application) async throws -> TestingHTTPResponse {
        var ready = try await app.get("/health/ready")
        for _ in 0..<5 where try ready.content.decode(HealthController.Ready.self).database == "unavailable" {
            try await Task.sleep(for: .seconds(1))
            ready = try await app.get("/health/ready")
        }
        return ready
    }

    @Test func anUnknownHealthAddressAnswersInJSON() async throws {
        try await withApp { app, _ in
            let response = try await app.get("/health/nothing")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .json)
        }
    }
}
