import Fluent
import FluentKit
import FluentSQLiteDriver
import Vapor

/// WAL journal, full sync and a bounded busy wait for the SQLite file.
///
/// SQLiteNIO installs a busy handler that retries forever; `busy_timeout` replaces it with a 5-second limit.
/// The pool keeps exactly one connection per event loop, so setting the per-connection pragmas on each loop's
/// connection covers every connection the app will use. This runs in `configure`, not at boot: a test app boots
/// through the synchronous path, which skips asynchronous lifecycle handlers.
enum SQLitePragmas {
    static let busyTimeoutMilliseconds = 5000

    static func apply(_ app: Application) async throws {
        for loop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: loop) as? any SQLDatabase else {
                continue
            }
            try await db.raw("PRAGMA journal_mode = WAL").run()
            try await db.raw("PRAGMA synchronous = FULL").run()
            try await db.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
        }
    }
}
