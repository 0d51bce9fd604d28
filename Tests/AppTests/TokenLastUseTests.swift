import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Reading through the API does not write for every request: a token's last use is recorded at most once a minute.
@Suite struct TokenLastUseTests {
    @Test func aTokensLastUseIsWrittenAtMostOnceAMinute() async throws {
        try await withApp { app, clock in
            app.clock = clock.ticking
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            func lastUse() async throws -> Date? { try await APITokenModel.query(on: app.db).first()?.lastUsedAt }
            #expect(try await lastUse() == nil)

            #expect(try await app.api(.GET, "/me", token: token).status == .ok)
            let first = try #require(try await lastUse())
            for _ in 0..<20 { #expect(try await app.api(.GET, "/me", token: token).status == .ok) }
            #expect(try await lastUse() == first, "reads within the minute write nothing")

            clock.advance(by: APITokenService.lastUseGranularity + 1)
            #expect(try await app.api(.GET, "/me", token: token).status == .ok)
            #expect(try await lastUse().map { $0 > first.addingTimeInterval(60) } == true)
        }
    }
}
