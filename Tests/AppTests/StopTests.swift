import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Testing
import Vapor

@testable import App

/// What a stop (`SIGTERM`, a rolling restart) does to the requests still running.
@Suite struct StopTests {
    /// Watches the storage shut down: how many requests were still running then.
    final class StorageWatch: Sendable {
        private let state = NIOLockedValueBox<(closed: Bool, runningAtClose: Int?)>((false, nil))
        var closed: Bool { state.withLockedValue { $0.closed } }
        var runningAtClose: Int? { state.withLockedValue { $0.runningAtClose } }
        func close(running: Int) { state.withLockedValue { $0 = (true, running) } }
    }
    struct WatchKey: StorageKey { typealias Value = StorageWatch }

    /// An app serving on a free port, with a request that takes `slowness` and then reads the database.
    /// `limit`: how many milliseconds the stop waits for it. A request that outlives the stop must never finish in a
    /// test: it would find the app's storage gone (in a server, the process has ended by then).
    func servingApp(
        slowness: Duration, limit: Int64 = 10_000, watch: StorageWatch
    ) async throws -> (Application, Int) {
        let app = try await Application.make(.testing)
        app.directory = DirectoryConfiguration(workingDirectory: packageRoot)
        let (database, _) = try TestDatabase.configuration()
        try await configure(app, AppConfig(database: database, bootstrapAdministrator: false), passwordCost: 4)
        let requests = app.requestsInFlight
        requests.limit = .milliseconds(limit)
        app.http.server.configuration.shutdownTimeout = .milliseconds(limit)
        await app.storage.setWithAsyncShutdown(WatchKey.self, to: watch) { $0.close(running: requests.current) }
        app.get("slow") { request async throws -> String in
            try await Task.sleep(for: slowness)
            if watch.closed { return "too late" }
            let row = try await (request.db as! any SQLDatabase).raw("SELECT 1 AS one").first()
            return try row?.decode(column: "one", as: Int.self) == 1 ? "answered" : "no row"
        }
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        return (app, try #require(app.http.server.shared.localAddress?.port))
    }

    /// Sends the slow request and returns once the app is answering it.
    func slowRequest(to app: Application, port: Int) async throws -> EventLoopFuture<HTTPClient.Response> {
        let answer = HTTPClient.shared.get(url: "http://127.0.0.1:\(port)/slow")
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(10))
        while app.requestsInFlight.current == 0, clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        try #require(app.requestsInFlight.current == 1)
        return answer
    }

    @Test func aRequestRunningWhenTheAppStopsIsAnsweredBeforeTheDatabasesClose() async throws {
        let watch = StorageWatch()
        let (app, port) = try await servingApp(slowness: .seconds(2), watch: watch)
        let answer = try await slowRequest(to: app, port: port)
        try await app.asyncShutdown()
        let response = try await answer.get()
        #expect(response.status == .ok)
        #expect(response.body.map { String(buffer: $0) } == "answered")
        #expect(watch.runningAtClose == 0)
    }

    @Test func aStopWaitsForARunningRequestNoLongerThanItsLimit() async throws {
        let watch = StorageWatch()
        let (app, port) = try await servingApp(slowness: .seconds(3600), limit: 300, watch: watch)
        _ = try await slowRequest(to: app, port: port)
        let clock = ContinuousClock()
        let started = clock.now
        try await app.asyncShutdown()
        // Well under the default limit of 10 s, with room for a loaded machine.
        #expect(clock.now - started < .seconds(5))
        #expect(watch.runningAtClose == 1)
    }
}
