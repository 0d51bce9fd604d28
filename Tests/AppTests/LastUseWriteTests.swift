import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A token's last use is written through the write gate, like every write: on SQLite a write that waited for the
/// file inside the driver would hold one of the driver's two threads, which the writer holding the file needs for its
/// commit, and under load both would wait out the busy timeout and answer 503.
@Suite struct LastUseWriteTests {
    @Test(.enabled(if: TestDatabase.postgresURL == nil, "SQLite's write gate"))
    func aTokensLastUseWaitsForTheWriteGate() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let (early, status) = try await answeredWhileTheWriteGateIsHeld {
                try await app.api(.GET, "/me", token: token).status
            }
            #expect(!early, "the token's first use was written past the gate")
            #expect(status == .ok)
            #expect(try await APITokenModel.query(on: app.db).filter(\.$lastUsedAt != nil).count() == 1)
        }
    }
}
