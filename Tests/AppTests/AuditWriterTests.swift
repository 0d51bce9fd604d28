import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Reads share audit commits, and still K audited reads leave K rows; a change's row is part of the change.
@Suite struct AuditWriterTests {
    @Test(arguments: [false, true]) func thirtyReadsAtOnceLeaveThirtyRows(fileDatabase: Bool) async throws {
        try await withApp(fileDatabase: fileDatabase) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let personID = try fixture.a.adult.requireID()
            let reads = AuditEntryModel.query(on: app.db).filter(\.$action == "read").filter(\.$objectID == personID)
            let before = Set(try await reads.copy().all().map(\.requestID))
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<30 {
                    group.addTask { try await app.api(.GET, "/people/\(personID)", token: token).status }
                }
                for try await status in group { #expect(status == .ok) }
            }
            // Strict audit: every read was answered after its row was committed.
            let rows = try await reads.all().filter { !before.contains($0.requestID) }
            #expect(rows.count == 30)
            #expect(Set(rows.map(\.requestID)).count == 30, "each read has its own row")
        }
    }

    /// On SQLite the rows commit behind the process's write gate: while a test holds it, no read may be answered.
    @Test(.enabled(if: TestDatabase.postgresURL == nil, "SQLite's write gate"))
    func aReadIsAnsweredOnlyAfterItsRowIsCommitted() async throws {
        try await withApp(fileDatabase: true) { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let personID = try fixture.a.adult.requireID()
            let rows = AuditEntryModel.query(on: app.db).filter(\.$action == "read").filter(\.$objectID == personID)
            let before = try await rows.count()
            // The token's first use is written through the gate too: used once before, so only the audit waits.
            #expect(try await app.api(.GET, "/me", token: token).status == .ok)
            let (early, status) = try await answeredWhileTheWriteGateIsHeld {
                try await app.api(.GET, "/people/\(personID)", token: token).status
            }
            #expect(!early, "answered before its audit row could be committed")
            #expect(status == .ok)
            #expect(try await rows.count() == before + 1)
        }
    }

    @Test func withoutStrictAuditTheRowsFollowAndAreFlushedAtTheEnd() async throws {
        try await withApp { app, _ in
            let writer = AuditWriter(strict: false, logger: app.logger) { app.db }
            let audit = AuditLog(scope: app.consoleScope().writing(to: writer))
            for index in 0..<250 {
                try await audit.record(.read, .person, objectID: UUID(), fields: ["n\(index)"])
            }
            await writer.flush()
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "read").count() == 250)
        }
    }

    @Test func aRowRecordedInATransactionIsPartOfIt() async throws {
        try await withApp { app, _ in
            let writer = AuditWriter(strict: true, logger: app.logger) { app.db }
            let scope = app.consoleScope().writing(to: writer)
            await #expect(throws: Refused.self) {
                try await app.db.atomically { db in
                    try await AuditLog(scope: scope.on(db)).record(.update, .person, objectID: UUID())
                    throw Refused()
                }
            }
            let rows = try await AuditEntryModel.query(on: app.db).count()
            #expect(rows == 0, "rolled back with the change")
        }
    }
}

private struct Refused: Error {}

extension RequestScope {
    fileprivate func writing(to writer: AuditWriter) -> RequestScope {
        var copy = self
        copy.auditWriter = writer
        return copy
    }
}
