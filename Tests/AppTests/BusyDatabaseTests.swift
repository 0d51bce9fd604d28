import Foundation
import Logging
import NIOConcurrencyHelpers
import SQLiteNIO
import Testing
import Vapor
import VaporCSQLite
import VaporTesting

@testable import App

/// A database too busy to answer in time: the client is told to retry (503, `Retry-After`), and the operator's log
/// says so with the driver's reason, never the query's values.
@Suite struct BusyDatabaseTests {
    @Test func aBusyDatabaseIsAnswered503AndLoggedWithItsCause() async throws {
        let lines = NIOLockedValueBox<[String]>([])
        try await withApp { app, _ in
            app.logger = Logger(label: "captured") { label in
                JSONLogHandler(label: label, level: .info) { line in lines.withLockedValue { $0.append(line) } }
            }
            app.get("api", "v1", "busy-probe") { _ -> String in
                throw InlineSQLiteError(status: SQLITE_BUSY, message: "database is locked")
            }
            let response = try await app.get("/api/v1/busy-probe")
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers.first(name: .retryAfter) == "2")
            #expect(response.body.string.contains(#""code":"busy""#))
        }
        let busy = lines.withLockedValue { $0 }.filter { $0.contains("the database was busy") }
        #expect(busy.count == 1)
        #expect(busy.first?.contains("database is locked") == true)
    }
}
